/* mProj -- gnomonic (TAN) projection about a reference position.
 *
 *   mProj ra0 dec0 ra dec       sky -> tangent plane
 *   [struct stat="OK", module="mProj", x=..., y=...]
 *   mProj -i ra0 dec0 x y       tangent plane -> sky
 *   [struct stat="OK", module="mProj", ra=..., dec=...]
 */
#include <stdio.h>
#include <string.h>

#include "montage.h"
#include "mtool.h"

#define USAGE "mProj [-i] ra0 dec0 ra dec  (or with -i: ra0 dec0 x y)"

int main(int argc, char **argv)
{
    double v[4], a = 0.0, b = 0.0;
    int i, inverse = 0, status;

    if (argc > 1 && strcmp(argv[1], "-i") == 0) {
        inverse = 1;
        argv++;
        argc--;
    }
    if (argc != 5)
        return mtool_usage("mProj", USAGE);
    for (i = 0; i < 4; i++)
        if (!mtool_double(argv[i + 1], &v[i]))
            return mtool_usage("mProj", USAGE);

    if (inverse)
        status = mDeprojTan(v[0], v[1], v[2], v[3], &a, &b);
    else
        status = mProjTan(v[0], v[1], v[2], v[3], &a, &b);
    if (status != M_OK)
        return mtool_error("mProj", mStatusMsg(status));

    printf("[struct stat=\"OK\", module=\"mProj\", %s=%.8f, %s=%.8f]\n",
           inverse ? "ra" : "x", a, inverse ? "dec" : "y", b);
    return 0;
}
