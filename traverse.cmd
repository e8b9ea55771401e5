@echo off
rem Runs Traverse from a source checkout: the desktop window without arguments, the command line with them
rem (traverse --help). Builds what is missing or out of date first, then starts Java with JavaFX on the module path.
rem Set JAVA_HOME to choose the Java (17 or newer); TRAVERSE_JAVA_OPTS adds JVM options.
setlocal EnableExtensions EnableDelayedExpansion

set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"
set "JAR=%ROOT%\app\target\traverse-app.jar"
set "LIB=%ROOT%\app\target\lib"
rem Touched after every build: Maven leaves a jar alone when its own classes did not change.
set "STAMP=%ROOT%\app\target\.built"

set "STALE="
if not exist "%JAR%" set "STALE=first run"
if not exist "%LIB%\" set "STALE=first run"
if not exist "%STAMP%" set "STALE=first run"
if not defined STALE (
  rem Anything the app is built from that is newer than the last build: pom.xml files and */src/main.
  powershell -NoProfile -NonInteractive -Command ^
    "$j = (Get-Item -LiteralPath $env:STAMP).LastWriteTimeUtc;" ^
    "$f = @(Get-ChildItem -LiteralPath $env:ROOT -Filter pom.xml -Depth 1 -File);" ^
    "$dirs = Get-ChildItem -LiteralPath $env:ROOT -Directory | ForEach-Object { Join-Path $_.FullName 'src\main' };" ^
    "$f += @($dirs | Where-Object { Test-Path $_ } | Get-ChildItem -Recurse -File);" ^
    "if ($f | Where-Object { $_.LastWriteTimeUtc -gt $j } | Select-Object -First 1) { exit 1 } else { exit 0 }"
  if errorlevel 1 set "STALE=sources changed"
)

if defined STALE (
  echo Building Traverse ^(!STALE!^)... 1>&2
  pushd "%ROOT%"
  call "%ROOT%\mvnw.cmd" -q -B -DskipTests install 1>&2
  set "BUILD_RESULT=!ERRORLEVEL!"
  popd
  if not "!BUILD_RESULT!"=="0" exit /b !BUILD_RESULT!
  type nul > "%STAMP%"
)

if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA=java"
)

rem The quick commands run for a second or two: there C2's compiling costs more than it saves, so they stop at C1.
set "QUICK_JVM_OPTS="
for %%C in (validate show fmt generate help -h --help -V --version) do (
  if /i "%~1"=="%%C" set "QUICK_JVM_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
)

set "MODULE_PATH="
set "CLASS_PATH=%JAR%"
for %%F in ("%LIB%\*.jar") do (
  set "NAME=%%~nxF"
  if /i "!NAME:~0,7!"=="javafx-" (
    if defined MODULE_PATH (set "MODULE_PATH=!MODULE_PATH!;%%~fF") else (set "MODULE_PATH=%%~fF")
  ) else (
    set "CLASS_PATH=!CLASS_PATH!;%%~fF"
  )
)

rem No cd before this: file arguments stay relative to the caller's directory.
"%JAVA%" %QUICK_JVM_OPTS% %TRAVERSE_JAVA_OPTS% --module-path "%MODULE_PATH%" --add-modules javafx.controls ^
  -cp "%CLASS_PATH%" "-Dtraverse.root=%ROOT%" dev.traverse.app.Traverse %*
exit /b %ERRORLEVEL%
