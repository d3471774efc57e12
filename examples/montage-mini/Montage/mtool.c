/* mtool.c -- helpers shared by the command-line tools. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "mtool.h"

int mtool_double(const char *text, double *value)
{
    char *end;
    double v;

    if (text == NULL || *text == '\0')
        return 0;
    errno = 0;
    v = strtod(text, &end);
    if (*end != '\0' || errno == ERANGE || v != v || fabs(v) > 1e300)
        return 0;
    *value = v;
    return 1;
}

int mtool_error(const char *module, const char *msg)
{
    printf("[struct stat=\"ERROR\", module=\"%s\", msg=\"%s\"]\n", module, msg);
    fflush(stdout);
    return 1;
}

int mtool_usage(const char *module, const char *usage)
{
    char msg[256];

    snprintf(msg, sizeof msg, "Usage: %s", usage);
    return mtool_error(module, msg);
}
