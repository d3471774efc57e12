/*
 * minicfg -- small angle helpers plus a record of what configure found.
 *
 * Stands in for a vendored third-party library with an autoconf-style
 * build (configure writes config.h and config.mk before make runs).
 */
#ifndef MINICFG_H
#define MINICFG_H

#ifdef __cplusplus
extern "C" {
#endif

/* Conversions between degrees and radians. */
double mc_deg2rad(double deg);
double mc_rad2deg(double rad);

/* Wrap a longitude / right ascension into [0, 360). */
double mc_wrap360(double deg);

/* Clamp x into [lo, hi]. */
double mc_clamp(double x, double lo, double hi);

/* sqrt(x*x + y*y) without undue overflow (uses hypot() when configure
   found it). */
double mc_hypot(double x, double y);

/* Human-readable summary of the configure results, for example
   "sizeof(long)=8 libm=-lm hypot=yes".  Points to static storage. */
const char *mc_config_string(void);

#ifdef __cplusplus
}
#endif

#endif /* MINICFG_H */
