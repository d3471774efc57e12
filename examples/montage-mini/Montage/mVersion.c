/* mVersion -- print the montage-mini version and build configuration.
 *
 *   mVersion
 *   [struct stat="OK", module="mVersion", version="1.0.0", banner="...", config="..."]
 */
#include <stdio.h>

#include "montage.h"
#include "mtool.h"

#define BANNER "Montage-mini: a miniature Montage for montage/build-wheel"

int main(int argc, char **argv)
{
    (void)argv;
    if (argc != 1)
        return mtool_usage("mVersion", "mVersion (no arguments)");

    printf("[struct stat=\"OK\", module=\"mVersion\", version=\"%s\", "
           "banner=\"%s\", config=\"%s\"]\n",
           mVersion(), BANNER, mConfig());
    return 0;
}
