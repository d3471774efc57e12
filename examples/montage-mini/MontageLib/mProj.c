/* mProj.c -- tangent-plane (TAN) projection via the vendored wcsmini. */
#include "minicfg.h"
#include "montage.h"
#include "wcsmini.h"

static int from_wcsm(int status)
{
    switch (status) {
    case WCSM_OK:
        return M_OK;
    case WCSM_BADREF:
        return M_BADREF;
    case WCSM_FARSIDE:
        return M_FARSIDE;
    default:
        return M_BADARG;
    }
}

int mProjTan(double ra0, double dec0, double ra, double dec,
             double *x, double *y)
{
    if (!(dec >= -90.0 && dec <= 90.0))
        return M_BADARG;
    return from_wcsm(wcsm_tan_fwd(mc_wrap360(ra0), dec0, mc_wrap360(ra), dec,
                                  x, y));
}

int mDeprojTan(double ra0, double dec0, double x, double y,
               double *ra, double *dec)
{
    return from_wcsm(wcsm_tan_inv(mc_wrap360(ra0), dec0, x, y, ra, dec));
}
