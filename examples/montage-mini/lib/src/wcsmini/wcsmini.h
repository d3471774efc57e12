/*
 * wcsmini -- the gnomonic (TAN) projection used by FITS world coordinate
 * systems, in the spirit of the wcstools library that Montage vendors.
 *
 * Angles are in degrees.  (x, y) are the "standard coordinates" of the
 * tangent plane touching the sphere at (ra0, dec0): x grows towards east
 * (increasing RA), y towards north, both in degrees at the tangent point.
 */
#ifndef WCSMINI_H
#define WCSMINI_H

#ifdef __cplusplus
extern "C" {
#endif

#define WCSM_OK      0  /* success */
#define WCSM_BADREF  1  /* reference declination outside [-90, 90] */
#define WCSM_FARSIDE 2  /* point is 90 degrees or more from the reference */

/* Sky position (ra, dec) -> tangent-plane position (*x, *y). */
int wcsm_tan_fwd(double ra0, double dec0, double ra, double dec,
                 double *x, double *y);

/* Tangent-plane position (x, y) -> sky position (*ra, *dec), with *ra in
   [0, 360). */
int wcsm_tan_inv(double ra0, double dec0, double x, double y,
                 double *ra, double *dec);

/* Text for a WCSM_* status code. */
const char *wcsm_errmsg(int status);

#ifdef __cplusplus
}
#endif

#endif /* WCSMINI_H */
