#!/usr/bin/env bash
# The tree obeys .clang-format: every C++ file tracked by git (or, outside git, every C++ file) is already
# formatted.
set -euo pipefail
cd "${1:?source dir}"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files -co --exclude-standard -- '*.cpp' '*.h')
else
    mapfile -t files < <(find app ui models services tests -name '*.cpp' -o -name '*.h')
fi
bad=()
for file in "${files[@]}"; do
    [ -f "$file" ] || continue
    clang-format --dry-run -Werror "$file" >/dev/null 2>&1 || bad+=("$file")
done
if [ ${#bad[@]} -gt 0 ]; then
    echo "Not formatted (run: clang-format -i ${bad[*]}):"
    printf '  %s\n' "${bad[@]}"
    exit 1
fi
echo "${#files[@]} files formatted"
