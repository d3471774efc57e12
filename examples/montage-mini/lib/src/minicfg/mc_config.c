/* mc_config.c -- report what minicfg's configure script detected. */
#include <stdio.h>

#include "config.h"
#include "minicfg.h"

const char *mc_config_string(void)
{
    static char text[96];

    if (text[0] == '\0') {
        const char *libm = MINICFG_LIBM;

        snprintf(text, sizeof text, "sizeof(long)=%d libm=%s hypot=%s",
                 SIZEOF_LONG, libm[0] != '\0' ? libm : "none",
                 HAVE_HYPOT ? "yes" : "no");
    }
    return text;
}
