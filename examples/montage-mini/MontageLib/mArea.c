/* mArea.c -- areas on the sky: lon/lat cells and TAN pixels. */
#include <math.h>

#include "minicfg.h"
#include "montage.h"

int mCellArea(double lon1, double lat1, double lon2, double lat2,
              double *area)
{
    double width = lon2 - lon1;
    double rad2 = mc_rad2deg(1.0) * mc_rad2deg(1.0); /* sq. deg per sr */

    if (!(width >= 0.0 && width <= 360.0))
        return M_BADARG;
    if (!(lat1 >= -90.0 && lat1 <= lat2 && lat2 <= 90.0))
        return M_BADARG;

    /* the area between two parallels is proportional to the difference of
       the sines of their latitudes (Archimedes' hat-box theorem) */
    *area = mc_deg2rad(width)
            * (sin(mc_deg2rad(lat2)) - sin(mc_deg2rad(lat1))) * rad2;
    return M_OK;
}

double mPixelArea(double cdelt1, double cdelt2)
{
    /* half sides of the pixel in tangent-plane units at the tangent point */
    double a = 0.5 * mc_deg2rad(fabs(cdelt1));
    double b = 0.5 * mc_deg2rad(fabs(cdelt2));

    /* exact solid angle of the rectangle |x| <= a, |y| <= b on the plane
       tangent to the unit sphere, seen from the centre of the sphere */
    return 4.0 * asin(a * b / (mc_hypot(1.0, a) * mc_hypot(1.0, b)));
}
