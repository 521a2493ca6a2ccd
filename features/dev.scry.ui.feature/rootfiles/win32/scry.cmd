@echo off
rem Starts Scry from this installation: with no arguments the workbench, else the command line.
rem Needs Java 21 or newer on PATH or in JAVA_HOME.
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if not defined SCRY_HOME set "SCRY_HOME=%USERPROFILE%\.scry"
rem The Java heap is at most 2 GB; SCRY_JAVA_OPTS adds JVM options after it (SCRY_JAVA_OPTS=-Xmx4g for more).
set "FLAGS=-Xmx2g --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED %SCRY_JAVA_OPTS%"
if "%~1"=="" (
  start "" "%JAVA%w" %FLAGS% "-Dscry.home=%SCRY_HOME%" -jar "%LAUNCHER%" -product dev.scry.product.product -data "%SCRY_HOME%\workbench" -clearPersistedState
) else (
  "%JAVA%" %FLAGS% -Djava.awt.headless=true -jar "%LAUNCHER%" -application dev.scry.cli.application -data @none %*
)
