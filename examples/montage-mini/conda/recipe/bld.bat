@echo on
rem conda-build script for minimontage on Windows (MSVC, no make).
rem minicfg's configure is a POSIX sh script, so its results are written
rem here directly; then every file is compiled with cl and archived with lib.

setlocal EnableDelayedExpansion
cd /d "%SRC_DIR%" || exit 1

rem --- what lib\src\minicfg\configure would find with MSVC on win-64
> lib\src\minicfg\config.h (
  echo /* config.h -- written by bld.bat for MSVC */
  echo #ifndef MINICFG_CONFIG_H
  echo #define MINICFG_CONFIG_H
  echo #define SIZEOF_LONG 4
  echo #define HAVE_HYPOT 1
  echo #define MINICFG_LIBM ""
  echo #endif
)

set "MM_CFLAGS=/nologo /O2 /MD /W3 /D_CRT_SECURE_NO_WARNINGS"
if not exist build-win mkdir build-win
if not exist bin mkdir bin

rem --- vendored libraries
for %%f in (lib\src\minicfg\*.c) do (
  cl %MM_CFLAGS% /Ilib\src\minicfg /c %%f /Fobuild-win\%%~nf.obj || exit 1
)
lib /nologo /OUT:lib\minicfg.lib build-win\mc_*.obj || exit 1

for %%f in (lib\src\wcsmini\*.c) do (
  cl %MM_CFLAGS% /Ilib\src\wcsmini /c %%f /Fobuild-win\%%~nf.obj || exit 1
)
lib /nologo /OUT:lib\wcsmini.lib build-win\wcsm_*.obj || exit 1

rem --- MontageLib
for %%f in (MontageLib\*.c) do (
  cl %MM_CFLAGS% /IMontageLib /Ilib\src\minicfg /Ilib\src\wcsmini /c %%f /Fobuild-win\%%~nf.obj || exit 1
)
lib /nologo /OUT:lib\montage.lib build-win\mDist.obj build-win\mProj.obj build-win\mArea.obj build-win\mInfo.obj || exit 1

rem --- tools
cl %MM_CFLAGS% /IMontage /IMontageLib /c Montage\mtool.c /Fobuild-win\mtool.obj || exit 1
for %%t in (mDist mProj mVersion) do (
  cl %MM_CFLAGS% /IMontage /IMontageLib Montage\%%t.c build-win\mtool.obj lib\montage.lib lib\wcsmini.lib lib\minicfg.lib /Fobuild-win\%%t_main.obj /Febin\%%t.exe || exit 1
)

rem --- install into %PREFIX%\Library (LIBRARY_BIN, LIBRARY_LIB, LIBRARY_INC)
echo Installing minimontage into %PREFIX%
if not exist "%LIBRARY_BIN%" mkdir "%LIBRARY_BIN%"
if not exist "%LIBRARY_LIB%" mkdir "%LIBRARY_LIB%"
if not exist "%LIBRARY_INC%" mkdir "%LIBRARY_INC%"
for %%t in (mDist mProj mVersion) do (
  copy /Y bin\%%t.exe "%LIBRARY_BIN%\" || exit 1
)
copy /Y lib\montage.lib "%LIBRARY_LIB%\" || exit 1
copy /Y lib\wcsmini.lib "%LIBRARY_LIB%\" || exit 1
copy /Y lib\minicfg.lib "%LIBRARY_LIB%\" || exit 1
copy /Y MontageLib\montage.h "%LIBRARY_INC%\" || exit 1
