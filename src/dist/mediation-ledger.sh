#!/bin/sh
# 矛盾纠纷调处台账 Mediation Ledger @project.version@ — for a PC that has Java 17 or newer (Linux, macOS).
#   ./mediation-ledger.sh                 opens the window
#   ./mediation-ledger.sh cases list      runs a command (./mediation-ledger.sh --help lists them)
# The first start writes a class-data archive (AppCDS) to the user's cache folder; later starts map it and open
# about a third faster. The heap is limited to 1 GB: enough for a county file, modest on an office PC with 4 GB.
here="$(cd "$(dirname "$0")" && pwd)"
case "$(uname -s)" in
  Darwin) cache="$HOME/Library/Caches/MediationLedger" ;;
  *) cache="${XDG_CACHE_HOME:-$HOME/.cache}/mediation-ledger" ;;
esac
mkdir -p "$cache" 2>/dev/null
archive="$cache/app-@project.version@-$(cksum < "$here/mediation-ledger.jar" | cut -d' ' -f1).jsa"
if [ -f "$archive" ]; then
  share="-XX:SharedArchiveFile=$archive -Xshare:auto"
elif [ -w "$cache" ]; then
  share="-XX:ArchiveClassesAtExit=$archive"
else
  share=""
fi
# a command lasts seconds, not hours: the quick first compiler alone starts it sooner
# the window: what an idle program does not use goes back to the system
jit="-XX:GCTimeRatio=4 -XX:G1PeriodicGCInterval=15000 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
if [ $# -gt 0 ]; then jit="-XX:TieredStopAtLevel=1"; fi
exec java -Xmx1g $jit $share -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$here/mediation-ledger.jar:$here/lib/*" org.mediationledger.app.Main "$@"
