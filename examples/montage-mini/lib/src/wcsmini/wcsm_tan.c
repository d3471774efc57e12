/* wcsm_tan.c -- gnomonic (TAN) projection, forward and inverse. */
#include <math.h>

#include "wcsmini.h"

#define WCSM_D2R (3.14159265358979323846 / 180.0)
#define WCSM_R2D (180.0 / 3.14159265358979323846)

int wcsm_tan_fwd(double ra0, double dec0, double ra, double dec,
                 double *x, double *y)
{
    double d0, d, da, cos_c;

    if (!(dec0 >= -90.0 && dec0 <= 90.0))
        return WCSM_BADREF;

    d0 = dec0 * WCSM_D2R;
    d = dec * WCSM_D2R;
    da = (ra - ra0) * WCSM_D2R;

    /* cosine of the angular distance between the point and the tangent
       point; the projection only covers the hemisphere around (ra0, dec0) */
    cos_c = sin(d0) * sin(d) + cos(d0) * cos(d) * cos(da);
    if (cos_c <= 1e-12)
        return WCSM_FARSIDE;

    *x = WCSM_R2D * (cos(d) * sin(da)) / cos_c;
    *y = WCSM_R2D * (cos(d0) * sin(d) - sin(d0) * cos(d) * cos(da)) / cos_c;
    return WCSM_OK;
}

int wcsm_tan_inv(double ra0, double dec0, double x, double y,
                 double *ra, double *dec)
{
    double d0, xi, eta, den, a;

    if (!(dec0 >= -90.0 && dec0 <= 90.0))
        return WCSM_BADREF;

    d0 = dec0 * WCSM_D2R;
    xi = x * WCSM_D2R;
    eta = y * WCSM_D2R;

    den = cos(d0) - eta * sin(d0);
    a = ra0 + WCSM_R2D * atan2(xi, den);
    *dec = WCSM_R2D * atan2(sin(d0) + eta * cos(d0), sqrt(xi * xi + den * den));

    a = fmod(a, 360.0);
    if (a < 0.0)
        a += 360.0;
    if (a >= 360.0)
        a -= 360.0;
    *ra = a;
    return WCSM_OK;
}
