/*
 * montage.h -- public interface of the montage-mini library (MontageLib).
 *
 * Like Montage's MontageLib, these functions are compiled to object files
 * that are linked both into the command-line tools (bin/) and, copied by
 * "make pythonlibs", into the MiniPy Python extension.
 *
 * All angles are in degrees.
 */
#ifndef MONTAGE_H
#define MONTAGE_H

#ifdef __cplusplus
extern "C" {
#endif

/* Library version; also the version of the MiniPy wheel and the
   minimontage conda package. */
#define MONTAGE_VERSION "1.0.0"

/* Status codes returned by the int-valued functions below. */
#define M_OK      0  /* success */
#define M_BADREF  1  /* projection centre has |dec| > 90 */
#define M_FARSIDE 2  /* point too far from the projection centre */
#define M_BADARG  3  /* argument outside its valid range */

/* Great-circle distance between (ra1, dec1) and (ra2, dec2), by the
   haversine formula.  Result in [0, 180]. */
double mDist(double ra1, double dec1, double ra2, double dec2);

/* Gnomonic (TAN) projection about (ra0, dec0): sky (ra, dec) to
   tangent-plane (*x, *y) and back.  Return M_OK or an error status. */
int mProjTan(double ra0, double dec0, double ra, double dec,
             double *x, double *y);
int mDeprojTan(double ra0, double dec0, double x, double y,
               double *ra, double *dec);

/* Area in square degrees of the longitude/latitude cell
   lon1..lon2 x lat1..lat2; needs lon1 <= lon2 <= lon1 + 360 and
   -90 <= lat1 <= lat2 <= 90. */
int mCellArea(double lon1, double lat1, double lon2, double lat2,
              double *area);

/* Solid angle in steradians of a cdelt1 x cdelt2 (degrees) pixel centred
   on the tangent point of a TAN projection (signs of cdelt are ignored). */
double mPixelArea(double cdelt1, double cdelt2);

/* MONTAGE_VERSION, as a string. */
const char *mVersion(void);

/* What the vendored libraries' configure step found, e.g.
   "sizeof(long)=8 libm=none hypot=yes". */
const char *mConfig(void);

/* Text describing an M_* status code. */
const char *mStatusMsg(int status);

#ifdef __cplusplus
}
#endif

#endif /* MONTAGE_H */
