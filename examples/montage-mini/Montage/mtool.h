/* mtool.h -- argument and output helpers shared by the command-line tools.
 *
 * Like Montage's tools, every program prints a single "[struct ...]" line
 * on stdout: stat="OK" and the results on success, stat="ERROR" and a
 * message (and exit status 1) on failure. */
#ifndef MTOOL_H
#define MTOOL_H

/* Parse text as a finite double; return 1 on success, 0 otherwise. */
int mtool_double(const char *text, double *value);

/* Print a stat="ERROR" record with the given message; return 1, the exit
   status the tools use for errors. */
int mtool_error(const char *module, const char *msg);

/* mtool_error() with "Usage: <usage>" as the message. */
int mtool_usage(const char *module, const char *usage);

#endif /* MTOOL_H */
