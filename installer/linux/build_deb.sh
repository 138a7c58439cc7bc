#!/usr/bin/env bash
# Build desktop-oms_<version>_amd64.deb from the PyInstaller one-folder bundle.
#
#   installer/linux/build_deb.sh [BUNDLE_DIR] [OUT_DIR]
#   (defaults: dist/DesktopOMS and dist, relative to the repository)
#   DEB_COMPRESSION=xz (default, smallest) or zstd (seconds instead of minutes)
#
# Lays out /opt/desktop-oms (the bundle), /usr/bin/desktop-oms (a wrapper),
# the desktop menu entry and the icon, and a control file whose version is
# desktop_oms.__version__. The user's data (~/.local/share/DesktopOMS, settings,
# logs) is never touched by installing or removing the package.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bundle="$(cd "${1:-$root/dist/DesktopOMS}" && pwd)"
out="${2:-$root/dist}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

version="$(sed -n 's/^__version__ *= *"\([^"]*\)".*/\1/p' "$root/desktop_oms/__init__.py")"
[ -n "$version" ] || { echo "no __version__ in desktop_oms/__init__.py" >&2; exit 1; }
# Debian orders 1.0~rc1 before 1.0; PEP 440 writes 1.0rc1.
deb_version="$(echo "$version" | sed -E 's/^([0-9.]+)(a|b|rc|\.dev)/\1~\2/')"
arch="$(dpkg --print-architecture)"
[ -x "$bundle/DesktopOMS" ] || { echo "$bundle/DesktopOMS missing: build the bundle first" >&2; exit 1; }

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
pkg="$stage/desktop-oms"

install -d "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" \
  "$pkg/usr/share/icons/hicolor/256x256/apps" "$pkg/usr/share/doc/desktop-oms"
cp -a "$bundle" "$pkg/opt/desktop-oms"
chmod -R u=rwX,go=rX "$pkg/opt/desktop-oms"

cat > "$pkg/usr/bin/desktop-oms" <<'EOF'
#!/bin/sh
# Desktop OMS: start the program installed in /opt/desktop-oms.
exec /opt/desktop-oms/DesktopOMS "$@"
EOF
chmod 0755 "$pkg/usr/bin/desktop-oms"

cat > "$pkg/usr/share/applications/desktop-oms.desktop" <<'EOF'
[Desktop Entry]
Type=Application
Version=1.0
Name=Desktop OMS
Name[ko]=데스크톱 OMS
GenericName=Order management
GenericName[ko]=주문 관리
Comment=Orders, stock and waybills for a small online shop
Comment[ko]=소규모 온라인 쇼핑몰 주문·재고·송장 관리
Exec=desktop-oms
Icon=desktop-oms
Terminal=false
Categories=Office;
Keywords=order;shop;waybill;stock;주문;송장;재고;택배;
StartupWMClass=DesktopOMS
EOF
install -m 0644 "$root/resources/icons/desktop-oms.png" \
  "$pkg/usr/share/icons/hicolor/256x256/apps/desktop-oms.png"

cat > "$pkg/usr/share/doc/desktop-oms/copyright" <<'EOF'
Desktop OMS: proprietary. Bundled third-party components keep their own licences:
Qt and PySide6 (LGPL-3.0), Python (PSF), and the NanumGothic font (SIL OFL 1.1, see
/opt/desktop-oms/_internal/resources/fonts/NanumGothic-LICENSE-OFL.txt when shipped).
EOF

size_kb="$(du -sk "$pkg" | cut -f1)"
# The newest glibc symbol version any bundled binary asks for.
glibc="$(find "$pkg/opt/desktop-oms" -type f \( -name '*.so*' -o -name DesktopOMS \) \
  -exec objdump -T {} + 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' \
  | sort -uV | tail -n1)"
[ -n "$glibc" ] || glibc=2.31
cat > "$pkg/DEBIAN/control" <<EOF
Package: desktop-oms
Version: $deb_version
Section: misc
Priority: optional
Architecture: $arch
Maintainer: DesktopOMS <support@desktop-oms.invalid>
Installed-Size: $size_kb
Depends: libc6 (>= $glibc), libgl1, libegl1, libfontconfig1, libxkbcommon0, libglib2.0-0, libdbus-1-3, fonts-nanum | fonts-noto-cjk
Description: Desktop order management for small Korean online shops
 Orders from the sales channels, stock, waybill labels and shipping for a
 small online shop, in Korean and English. Data stays in the user's folder
 (or on a shared PostgreSQL server).
EOF

# No maintainer scripts: the menu and icon caches are refreshed by the file triggers of
# desktop-file-utils and hicolor-icon-theme.

deb="$out/desktop-oms_${deb_version}_${arch}.deb"
dpkg-deb --build --root-owner-group "-Z${DEB_COMPRESSION:-xz}" "$pkg" "$deb" >/dev/null
echo "$deb"
