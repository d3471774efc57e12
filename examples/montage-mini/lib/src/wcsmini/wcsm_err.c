/* wcsm_err.c -- messages for wcsmini status codes. */
#include "wcsmini.h"

const char *wcsm_errmsg(int status)
{
    switch (status) {
    case WCSM_OK:
        return "success";
    case WCSM_BADREF:
        return "reference declination must be within [-90, 90] degrees";
    case WCSM_FARSIDE:
        return "point is 90 degrees or more from the projection centre";
    default:
        return "unknown wcsmini status";
    }
}
