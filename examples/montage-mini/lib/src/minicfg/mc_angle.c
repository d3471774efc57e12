/* mc_angle.c -- degree/radian helpers for minicfg. */
#include <math.h>

#include "config.h"
#include "minicfg.h"

/* pi to double precision; M_PI is not guaranteed by ISO C (nor by MSVC). */
#define MC_PI 3.14159265358979323846

double mc_deg2rad(double deg)
{
    return deg * (MC_PI / 180.0);
}

double mc_rad2deg(double rad)
{
    return rad * (180.0 / MC_PI);
}

double mc_wrap360(double deg)
{
    double w = fmod(deg, 360.0);

    if (w < 0.0)
        w += 360.0;
    if (w >= 360.0) /* -1e-17 + 360.0 rounds to 360.0 */
        w -= 360.0;
    return w;
}

double mc_clamp(double x, double lo, double hi)
{
    if (x < lo)
        return lo;
    if (x > hi)
        return hi;
    return x;
}

double mc_hypot(double x, double y)
{
#if HAVE_HYPOT
    return hypot(x, y);
#else
    double ax = fabs(x), ay = fabs(y), big, small;

    big = ax > ay ? ax : ay;
    small = ax > ay ? ay : ax;
    if (big == 0.0)
        return 0.0;
    small /= big;
    return big * sqrt(1.0 + small * small);
#endif
}
