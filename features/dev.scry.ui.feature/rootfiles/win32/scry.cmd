@echo off
rem Starts Scry from this installation: with no arguments the workbench, else the command line.
rem Needs Java 21 or newer on PATH or in JAVA_HOME.
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
rem The workbench's home: %SCRY_HOME%, else the one chosen in Preferences, else %USERPROFILE%\.scry
rem (the command line finds its own, --home first, by the same rule).
set "SCRY_DIR=%USERPROFILE%\.scry"
if exist "%USERPROFILE%\.config\scry\home" set /p SCRY_DIR=<"%USERPROFILE%\.config\scry\home"
if defined SCRY_HOME set "SCRY_DIR=%SCRY_HOME%"
rem The Java heap is at most 2 GB; SCRY_JAVA_OPTS adds JVM options after it (SCRY_JAVA_OPTS=-Xmx4g for more).
set "FLAGS=-Xmx2g --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED %SCRY_JAVA_OPTS%"
rem The window as it was left is kept in the workbench's model, but only by the same build of the
rem product: another one may lay the views out differently, so it starts from its own model.
for /d %%p in ("%HERE%plugins\dev.scry.product_*") do set "MODEL=%%~nxp"
for %%p in ("%HERE%plugins\dev.scry.product_*.jar") do set "MODEL=%%~nxp"
set "KEPT="
if exist "%SCRY_DIR%\workbench\.scry-product" set /p KEPT=<"%SCRY_DIR%\workbench\.scry-product"
set "CLEAR="
if not "%KEPT%"=="%MODEL%" set "CLEAR=-clearPersistedState"
if "%~1"=="" (
  if not exist "%SCRY_DIR%\workbench" mkdir "%SCRY_DIR%\workbench"
  > "%SCRY_DIR%\workbench\.scry-product" echo %MODEL%
  start "" "%JAVA%w" %FLAGS% "-Dscry.home=%SCRY_DIR%" -jar "%LAUNCHER%" -product dev.scry.product.product -data "%SCRY_DIR%\workbench" %CLEAR%
) else (
  "%JAVA%" %FLAGS% -Djava.awt.headless=true -jar "%LAUNCHER%" -application dev.scry.cli.application -data @none %*
)
