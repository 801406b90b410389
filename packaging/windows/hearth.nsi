; Hearth's Windows installer (NSIS 3): a per-user install with no admin prompt, a Start-menu
; entry, an optional desktop shortcut and an uninstaller listed in Settings > Apps. Uninstalling
; keeps conversations, models and settings unless the user ticks the box to delete them.
;
; makensis -DVERSION=0.1.0 -DSRCDIR=dist\Hearth -DOUTFILE=dist\Hearth-0.1.0-windows-x64-setup.exe
;          [-DVARIANT=cuda] packaging\windows\hearth.nsi
; (packaging/build_windows.sh runs it; makensis on Linux compiles it too, for checking.)

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "Pass -DVERSION=x.y.z"
!endif
!ifndef SRCDIR
  !error "Pass -DSRCDIR=<the PyInstaller onedir folder that holds Hearth.exe>"
!endif
!ifndef OUTFILE
  !define OUTFILE "Hearth-${VERSION}-setup.exe"
!endif
!ifndef VARIANT
  !define VARIANT "cpu"
!endif
!define /ifndef ICON "${__FILEDIR__}\..\..\resources\icons\app\hearth.ico"

!define APPNAME "Hearth"
!define EXE "Hearth.exe"
!define REGKEY "Software\Hearth"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Hearth"
; platformdirs.user_data_dir("Hearth", "Hearth") and its config, cache and log folders.
!define DATADIR "$LOCALAPPDATA\Hearth"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${REGKEY}" "InstallDir"
RequestExecutionLevel user
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APPNAME} installer (${VARIANT})"
VIAddVersionKey /LANG=1033 "LegalCopyright" "Apache-2.0"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Start ${APPNAME}"
!define MUI_COMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APPNAME} needs 64-bit Windows."
    Abort
  ${EndIf}
FunctionEnd

Section "!${APPNAME}" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An update must not leave libraries of the old version beside the new ones.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SRCDIR}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateDirectory "$SMPROGRAMS"
  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr HKCU "${REGKEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${REGKEY}" "Variant" "${VARIANT}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "Hearth"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" "$0"
SectionEnd

Section /o "Desktop shortcut" SecDesktop
  CreateShortcut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

Section "un.${APPNAME}" UnSecApp
  SectionIn RO
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$DESKTOP\${APPNAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\hearth-cli.exe"
  Delete "$INSTDIR\Uninstall.exe"
  ; Removes the folder only if nothing else (a user's own file) is left in it.
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegKey HKCU "${REGKEY}"
SectionEnd

; Off by default, and never in a silent (/S) uninstall: models are many GB and chats are personal.
Section /o "un.Delete my conversations, downloaded models and settings" UnSecData
  RMDir /r "${DATADIR}"
SectionEnd
