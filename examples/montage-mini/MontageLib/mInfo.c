/* mInfo.c -- version, build configuration and status messages. */
#include "minicfg.h"
#include "montage.h"
#include "wcsmini.h"

const char *mVersion(void)
{
    return MONTAGE_VERSION;
}

const char *mConfig(void)
{
    return mc_config_string();
}

const char *mStatusMsg(int status)
{
    switch (status) {
    case M_OK:
        return "success";
    case M_BADREF:
        return wcsm_errmsg(WCSM_BADREF);
    case M_FARSIDE:
        return wcsm_errmsg(WCSM_FARSIDE);
    case M_BADARG:
        return "argument out of range";
    default:
        return "unknown status";
    }
}
