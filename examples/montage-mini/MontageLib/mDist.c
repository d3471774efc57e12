/* mDist.c -- angular distance between two sky positions. */
#include <math.h>

#include "minicfg.h"
#include "montage.h"

double mDist(double ra1, double dec1, double ra2, double dec2)
{
    double d1 = mc_deg2rad(dec1), d2 = mc_deg2rad(dec2);
    double s_dec = sin(0.5 * (d2 - d1));
    double s_ra = sin(0.5 * mc_deg2rad(ra2 - ra1));
    double h = s_dec * s_dec + cos(d1) * cos(d2) * s_ra * s_ra;

    /* haversine: hav(theta) = h, theta = 2 asin(sqrt(h)); rounding can push
       h slightly outside [0, 1] for (nearly) antipodal points */
    return mc_rad2deg(2.0 * asin(sqrt(mc_clamp(h, 0.0, 1.0))));
}
