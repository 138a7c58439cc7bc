; Desktop OMS — Windows installer (NSIS 3, Modern UI 2), per user, no administrator prompt.
;
; Built by installer/windows/build_installer.py, which passes:
;   -DVERSION=0.1.0 -DVERSION_QUAD=0.1.0.0   (from desktop_oms/__init__.py __version__)
;   -DBUNDLE_DIR=<PyInstaller one-folder bundle>  -DOUTFILE=<DesktopOMS-Setup-0.1.0.exe>
;   -INPUTCHARSET UTF8                       (this file is UTF-8: Korean texts below)
;
; Program files go to %LOCALAPPDATA%\Programs\DesktopOMS. The user's data (database,
; backups, logs, settings) lives in %LOCALAPPDATA%\DesktopOMS and HKCU\Software\DesktopOMS;
; it survives upgrades and uninstalls unless "remove my data" is ticked in the uninstaller
; (or the silent uninstaller is given /REMOVEDATA).

Unicode true
; A 64-bit installer where this NSIS has the amd64 stubs (Debian's nsis does, which lets
; the Wine check run without 32-bit Wine); the official Windows NSIS builds a 32-bit one,
; which installs the 64-bit program just the same.
!if /FileExists "${NSISDIR}\Stubs\lzma_solid-amd64-unicode"
  Target amd64-unicode
!endif
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "VERSION is not defined: build with installer/windows/build_installer.py"
!endif
!ifndef VERSION_QUAD
  !error "VERSION_QUAD is not defined: build with installer/windows/build_installer.py"
!endif
!ifndef BUNDLE_DIR
  !error "BUNDLE_DIR is not defined: build with installer/windows/build_installer.py"
!endif
!ifndef OUTFILE
  !define OUTFILE "DesktopOMS-Setup-${VERSION}.exe"
!endif
!ifndef ICON_FILE
  !define ICON_FILE "..\..\resources\icons\desktop-oms.ico"
!endif

!define APP_NAME "Desktop OMS"
!define APP_ID "DesktopOMS"
!define APP_EXE "DesktopOMS.exe"
!define PUBLISHER "DesktopOMS"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define SETTINGS_KEY "Software\${APP_ID}"
!define DATA_DIR "$LOCALAPPDATA\${APP_ID}"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_ID}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} Setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

; ---- pages -----------------------------------------------------------------------------

!define MUI_ICON "${ICON_FILE}"
!define MUI_UNICON "${ICON_FILE}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(UnConfirmText)"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; Korean first: Windows picks the language of the user's display language.
!insertmacro MUI_LANGUAGE "Korean"
!insertmacro MUI_LANGUAGE "English"

LangString SecProgram ${LANG_KOREAN} "프로그램 (필수)"
LangString SecProgram ${LANG_ENGLISH} "Program (required)"
LangString SecDesktop ${LANG_KOREAN} "바탕 화면 바로 가기"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecUnProgram ${LANG_KOREAN} "프로그램 제거"
LangString SecUnProgram ${LANG_ENGLISH} "Remove the program"
LangString SecUnData ${LANG_KOREAN} "내 데이터도 삭제 (주문 데이터베이스, 백업, 로그, 설정)"
LangString SecUnData ${LANG_ENGLISH} "Also remove my data (order database, backups, logs, settings)"
LangString UnConfirmText ${LANG_KOREAN} "${APP_NAME}을(를) 제거합니다. 주문 데이터와 백업은 다음 화면에서 '내 데이터도 삭제'를 선택하지 않으면 그대로 남습니다."
LangString UnConfirmText ${LANG_ENGLISH} "${APP_NAME} will be removed. Your orders and backups stay unless you tick 'Also remove my data' on the next page."
LangString StillRunning ${LANG_KOREAN} "${APP_NAME}이(가) 실행 중입니다. 프로그램을 닫은 뒤 다시 시도하세요. / ${APP_NAME} is running: close it and try again."
LangString StillRunning ${LANG_ENGLISH} "${APP_NAME} is running: close it and try again. / ${APP_NAME}이(가) 실행 중입니다."

; ---- install ---------------------------------------------------------------------------

Section "!$(SecProgram)" SecProgram
  SectionIn RO
  SetShellVarContext current

  ; An upgrade replaces the old program files; the user's data is elsewhere and stays.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"

  SetOutPath "$INSTDIR"
  File /r "${BUNDLE_DIR}\*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SecDesktop)" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

Function .onInit
  SetShellVarContext current
FunctionEnd

; ---- uninstall -------------------------------------------------------------------------

Section "!un.$(SecUnProgram)" SecUnProgram
  SectionIn RO
  SetShellVarContext current
  ; Only what the installer put there: never a recursive delete of $INSTDIR itself,
  ; which might be a folder the user chose and keeps other files in.
  ClearErrors
  Delete "$INSTDIR\${APP_EXE}"
  ${If} ${Errors}
    IfSilent +2
      MessageBox MB_ICONSTOP|MB_OK "$(StillRunning)"
    Abort "$(StillRunning)"
  ${EndIf}
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"

  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd

Section /o "un.$(SecUnData)" SecUnData
  SetShellVarContext current
  RMDir /r "${DATA_DIR}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
SectionEnd

Function un.onInit
  SetShellVarContext current
  ; Silent uninstall keeps the data unless asked: Uninstall.exe /S /REMOVEDATA
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/REMOVEDATA" $1
  ${IfNot} ${Errors}
    SectionGetFlags ${SecUnData} $2
    IntOp $2 $2 | ${SF_SELECTED}
    SectionSetFlags ${SecUnData} $2
  ${EndIf}
FunctionEnd
