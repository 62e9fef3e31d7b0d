@echo off
rem Mediation Ledger @project.version@ - for a Windows PC that has Java 17 or newer.
rem   mediation-ledger.bat               opens the window
rem   mediation-ledger.bat cases list    runs a command (mediation-ledger.bat --help lists them)
rem A command runs with the quick first compiler only (it lasts seconds, not hours).
rem The first start writes a class-data archive (AppCDS) under %LOCALAPPDATA%; later starts open about a third faster.
setlocal
set "HERE=%~dp0"
set "CACHE=%LOCALAPPDATA%\MediationLedger\cache"
if not exist "%CACHE%" mkdir "%CACHE%" 2>nul
set "ARCHIVE=%CACHE%\app-@project.version@.jsa"
if exist "%ARCHIVE%" (set "SHARE=-XX:SharedArchiveFile=%ARCHIVE% -Xshare:auto") else (set "SHARE=-XX:ArchiveClassesAtExit=%ARCHIVE%")
if "%~1"=="" (
  start "" javaw -Xmx1g -XX:GCTimeRatio=4 -XX:G1PeriodicGCInterval=15000 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 %SHARE% -Xlog:cds=off -Xlog:cds+dynamic=off -cp "%HERE%mediation-ledger.jar;%HERE%lib\*" org.mediationledger.app.Main
) else (
  java -Xmx1g -XX:TieredStopAtLevel=1 %SHARE% -Xlog:cds=off -Xlog:cds+dynamic=off -cp "%HERE%mediation-ledger.jar;%HERE%lib\*" org.mediationledger.app.Main %*
)
endlocal
