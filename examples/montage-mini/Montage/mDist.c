/* mDist -- print the angular distance between two sky positions.
 *
 *   mDist ra1 dec1 ra2 dec2
 *   [struct stat="OK", module="mDist", distance=90.00000000]
 */
#include <stdio.h>

#include "montage.h"
#include "mtool.h"

#define USAGE "mDist ra1 dec1 ra2 dec2 (degrees)"

int main(int argc, char **argv)
{
    double v[4];
    int i;

    if (argc != 5)
        return mtool_usage("mDist", USAGE);
    for (i = 0; i < 4; i++)
        if (!mtool_double(argv[i + 1], &v[i]))
            return mtool_usage("mDist", USAGE);
    if (v[1] < -90.0 || v[1] > 90.0 || v[3] < -90.0 || v[3] > 90.0)
        return mtool_error("mDist", "declinations must be within [-90, 90]");

    printf("[struct stat=\"OK\", module=\"mDist\", distance=%.8f]\n",
           mDist(v[0], v[1], v[2], v[3]));
    return 0;
}
