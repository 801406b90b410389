# Sourced by packaging/build_macos.sh: code signing and notarization, driven by environment
# variables (GitHub secrets in CI). With none set, everything here is skipped and the app is
# built unsigned (it then opens only with right-click > Open, or after xattr -dr).
#
# Signing   MACOS_CERTIFICATE_P12_BASE64  a "Developer ID Application" certificate + key, base64
#           MACOS_CERTIFICATE_PASSWORD    its export password
#           MACOS_SIGN_IDENTITY           optional: the identity name, else the first Developer ID
#           (or only MACOS_SIGN_IDENTITY, for an identity already in the login keychain)
# Notarize  APPLE_ID + APPLE_TEAM_ID + APPLE_APP_SPECIFIC_PASSWORD
#           or APPLE_API_KEY_P8_BASE64 + APPLE_API_KEY_ID + APPLE_API_ISSUER_ID
# shellcheck shell=bash

SIGNING_KEYCHAIN=""

# Whether there is anything to sign with; prints why not. (Kept apart from signing_setup: bash
# ignores `set -e` inside a function called as an `if` condition, and setup must stop on errors.)
signing_wanted() {
    if [ -n "${MACOS_CERTIFICATE_P12_BASE64:-}" ] || [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
        return 0
    fi
    echo "Not signing: neither MACOS_CERTIFICATE_P12_BASE64 nor MACOS_SIGN_IDENTITY is set" >&2
    return 1
}

# Import the certificate into a throwaway keychain and set MACOS_SIGN_IDENTITY.
signing_setup() {
    if [ -z "${MACOS_CERTIFICATE_P12_BASE64:-}" ]; then
        echo "Signing with '$MACOS_SIGN_IDENTITY' from the existing keychains" >&2
        return 0
    fi
    : "${MACOS_CERTIFICATE_PASSWORD:?MACOS_CERTIFICATE_PASSWORD is needed with the certificate}"
    local password p12
    password=$(uuidgen)
    SIGNING_KEYCHAIN=$BUILD/hearth-signing.keychain-db
    p12=$BUILD/hearth-signing.p12
    mkdir -p "$BUILD"
    rm -f "$SIGNING_KEYCHAIN"
    security create-keychain -p "$password" "$SIGNING_KEYCHAIN"
    security set-keychain-settings -lut 21600 "$SIGNING_KEYCHAIN"
    security unlock-keychain -p "$password" "$SIGNING_KEYCHAIN"
    printf '%s' "$MACOS_CERTIFICATE_P12_BASE64" | base64 --decode > "$p12"
    security import "$p12" -k "$SIGNING_KEYCHAIN" -P "$MACOS_CERTIFICATE_PASSWORD" \
        -T /usr/bin/codesign -T /usr/bin/security
    rm -f "$p12"
    # Lets codesign use the key without a GUI prompt.
    security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k "$password" \
        "$SIGNING_KEYCHAIN" >/dev/null
    # shellcheck disable=SC2046  # the existing keychains, one word each
    security list-keychains -d user -s "$SIGNING_KEYCHAIN" \
        $(security list-keychains -d user | tr -d '"')
    if [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
        MACOS_SIGN_IDENTITY=$(security find-identity -v -p codesigning "$SIGNING_KEYCHAIN" |
            awk -F'"' '/Developer ID Application/ { print $2; exit }')
    fi
    [ -n "$MACOS_SIGN_IDENTITY" ] || die "no 'Developer ID Application' identity in the certificate"
    export MACOS_SIGN_IDENTITY
    echo "Signing as '$MACOS_SIGN_IDENTITY'" >&2
}

signing_cleanup() {
    if [ -n "$SIGNING_KEYCHAIN" ]; then
        security delete-keychain "$SIGNING_KEYCHAIN" 2>/dev/null || true
    fi
}

# Sign the .app as a whole (PyInstaller already signed every binary inside with the same identity,
# hardened runtime and timestamp) and check the result the way Gatekeeper will.
sign_app() {
    local app=$1
    codesign --force --options runtime --timestamp \
        --entitlements "$ROOT/packaging/macos/entitlements.plist" \
        --sign "$MACOS_SIGN_IDENTITY" "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
}

sign_file() {
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$1"
}

notarize_wanted() {
    if [ -n "${APPLE_API_KEY_P8_BASE64:-}" ] || [ -n "${APPLE_ID:-}" ]; then
        return 0
    fi
    echo "Not notarizing: neither APPLE_API_KEY_P8_BASE64 nor APPLE_ID is set" >&2
    return 1
}

# Submit to Apple's notary service, wait for the verdict and staple the ticket to the file.
notarize() {
    local file=$1 key status=0
    local -a auth
    if [ -n "${APPLE_API_KEY_P8_BASE64:-}" ]; then
        key=$BUILD/hearth-notary-key.p8
        printf '%s' "$APPLE_API_KEY_P8_BASE64" | base64 --decode > "$key"
        auth=(--key "$key" --key-id "${APPLE_API_KEY_ID:?}" --issuer "${APPLE_API_ISSUER_ID:?}")
    else
        auth=(--apple-id "$APPLE_ID" --team-id "${APPLE_TEAM_ID:?}"
              --password "${APPLE_APP_SPECIFIC_PASSWORD:?}")
    fi
    echo "Submitting $file to Apple's notary service (takes minutes)" >&2
    xcrun notarytool submit "$file" "${auth[@]}" --wait --timeout 45m || status=$?
    rm -f "$BUILD/hearth-notary-key.p8"
    [ "$status" = 0 ] || die "notarization failed: 'xcrun notarytool log <submission id>' says why"
    xcrun stapler staple "$file"
    xcrun stapler validate "$file"
}
