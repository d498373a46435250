@echo off
rem briefing.cmd: runs Briefing (target\briefing.jar beside this script's folder) with the Java in
rem JAVA_HOME, else the one on PATH. Works from any folder. Like bin/briefing, it uses the start-up
rem archive that `mvnw package` made for the same Java (target\briefing-<runtime version>.jsa, or
rem .aot on Java 24+); Java checks it again and starts without it on any mismatch, silently.
rem BRIEFING_OPTS adds Java options (for example set BRIEFING_OPTS=-Xmx4g).
setlocal EnableExtensions DisableDelayedExpansion

for %%i in ("%~dp0..") do set "BRIEFING_HOME=%%~fi"
set "BRIEFING_JAR=%BRIEFING_HOME%\target\briefing.jar"
rem No variable is expanded inside a ( ) block: cmd expands it before reading the block, so a
rem folder named with a parenthesis, as "briefing (1)", would end the block early. Hence goto.
if exist "%BRIEFING_JAR%" goto jar_found
echo briefing: "%BRIEFING_JAR%" is missing: build it once with: cd /d "%BRIEFING_HOME%" ^&^& mvnw.cmd -q -DskipTests package 1>&2
exit /b 1

:jar_found

set "JAVA_EXE="
if defined JAVA_HOME goto java_from_home
for /f "delims=" %%j in ('where java 2^>nul') do if not defined JAVA_EXE set "JAVA_EXE=%%j"
if defined JAVA_EXE goto java_found
echo briefing: no Java found: install Java 17 or newer, then put it on PATH or set JAVA_HOME 1>&2
exit /b 1

:java_from_home
set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA_EXE%" goto java_found
echo briefing: JAVA_HOME is "%JAVA_HOME%" but has no bin\java.exe: point it at a Java 17 or newer, or unset it to use the java on PATH 1>&2
exit /b 1

:java_found
rem The version, from the release file of the Java's home; else from java itself.
for %%j in ("%JAVA_EXE%\..\..") do set "JAVA_ROOT=%%~fj"
set "JAVA_VERSION="
set "JAVA_RUNTIME="
if not exist "%JAVA_ROOT%\release" goto ask_java
for /f "usebackq tokens=1,* delims==" %%a in ("%JAVA_ROOT%\release") do (
    if "%%a"=="JAVA_VERSION" set "JAVA_VERSION=%%~b"
    if "%%a"=="JAVA_RUNTIME_VERSION" set "JAVA_RUNTIME=%%~b"
)
:ask_java
if defined JAVA_VERSION goto have_version
for /f "tokens=1,3" %%a in ('call "%JAVA_EXE%" -XshowSettings:properties -version 2^>^&1') do (
    if "%%a"=="java.version" set "JAVA_VERSION=%%b"
    if "%%a"=="java.runtime.version" set "JAVA_RUNTIME=%%b"
)
if defined JAVA_VERSION goto have_version
echo briefing: cannot tell which Java "%JAVA_EXE%" is; Briefing needs Java 17 or newer 1>&2
exit /b 1

:have_version
if not defined JAVA_RUNTIME set "JAVA_RUNTIME=%JAVA_VERSION%"
rem 17 from 17.0.15, 8 from 1.8.0_392, 26 from 26-ea.
set "JAVA_MAJOR=%JAVA_VERSION%"
if "%JAVA_MAJOR:~0,2%"=="1." set "JAVA_MAJOR=%JAVA_MAJOR:~2%"
for /f "delims=.-+_" %%m in ("%JAVA_MAJOR%") do set "JAVA_MAJOR=%%m"
set "JAVA_MAJOR_N=0"
set /a JAVA_MAJOR_N=JAVA_MAJOR 2>nul
if %JAVA_MAJOR_N% GEQ 17 goto version_ok
echo briefing: Java %JAVA_VERSION% ("%JAVA_EXE%") is too old: Briefing needs Java 17 or newer; set JAVA_HOME to one 1>&2
exit /b 1

:version_ok
set "TAG=%JAVA_RUNTIME:+=_%"
set "SHARE_OPTS=-Xshare:auto"
if %JAVA_MAJOR_N% GEQ 24 goto aot
set "ARCHIVE=%BRIEFING_HOME%\target\briefing-%TAG%.jsa"
if exist "%ARCHIVE%" set SHARE_OPTS="-XX:SharedArchiveFile=%ARCHIVE%" "-Xlog:cds*=off"
goto run
:aot
set "ARCHIVE=%BRIEFING_HOME%\target\briefing-%TAG%.aot"
if exist "%ARCHIVE%" set SHARE_OPTS="-XX:AOTCache=%ARCHIVE%" "-Xlog:cds*=off,aot*=off"

:run
if defined BRIEFING_NO_ARCHIVE set "SHARE_OPTS=-Xshare:auto"
"%JAVA_EXE%" %BRIEFING_OPTS% %SHARE_OPTS% -jar "%BRIEFING_JAR%" %*
exit /b %ERRORLEVEL%
