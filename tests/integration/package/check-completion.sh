#!/usr/bin/env bash
# Sources the bash completion of clusterwright-cli and completes command lines as bash would on
# Tab: commands, sub-commands, options and option values. Also checks that every command and
# option `clusterwright-cli --help` lists is offered, so the completion cannot fall behind.
# Usage: check-completion.sh <completion file> <clusterwright-cli binary>
set -uo pipefail
completion=${1:?completion file}
cli=${2:?clusterwright-cli binary}
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

run_checks() {
    local label=$1
    # Completes the words of "$2" (the last one being completed; "" after a trailing space).
    complete_line() {
        local line=$1
        read -r -a COMP_WORDS <<<"$line"
        [[ $line == *" " ]] && COMP_WORDS+=("")
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
        COMP_LINE=$line
        COMP_POINT=${#line}
        COMPREPLY=()
        _clusterwright_cli clusterwright-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf '%s\n' "${COMPREPLY[@]}" | sort
    }
    expect() { # line, expected words (exactly, sorted)
        local line=$1; shift
        local got want
        got=$(complete_line "$line" | tr '\n' ' ' | sed 's/ $//')
        want=$(printf '%s\n' "$@" | sort | tr '\n' ' ' | sed 's/ $//')
        [[ $got == "$want" ]] || fail "[$label] '$line' completed to '$got', expected '$want'"
    }
    expect_contains() { # line, words that must be among the completions
        local line=$1; shift
        local got
        got=$(complete_line "$line")
        for w in "$@"; do
            grep -qx -- "$w" <<<"$got" || fail "[$label] '$line' does not offer '$w'"
        done
    }

    expect "clusterwright-cli lo" login
    expect "clusterwright-cli op" operations
    expect "clusterwright-cli login " sandbox service-principal device-code az
    expect "clusterwright-cli login s" sandbox service-principal
    expect "clusterwright-cli operations " list resume
    expect "clusterwright-cli -g rg-ml operations r" resume
    expect "clusterwright-cli preflight " create attach
    expect "clusterwright-cli -o " table json tsv
    expect "clusterwright-cli list -o j" json
    expect "clusterwright-cli create x --purpose " production dev-test
    expect "clusterwright-cli login service-principal --cloud AzureU" AzureUSGovernment
    expect "clusterwright-cli list --out" --output
    expect "clusterwright-cli detach x --del" --delete-cluster
    expect "clusterwright-cli show " # a compute name: nothing offered
    expect "clusterwright-cli -s " # a subscription id: nothing offered

    # Every command and option of --help.
    local help commands options
    help=$("$cli" --help) || { fail "$cli --help failed"; return; }
    commands=$(sed -n '/^Commands:/,/^$/p' <<<"$help" | grep -E '^  [a-z]' | awk '{print $1}' | sort -u)
    [[ -n $commands ]] || fail "no commands found in --help"
    expect_contains "clusterwright-cli " $commands
    options=$(sed -n '/^Options:/,$p' <<<"$help" | grep -oE '^ +(-[a-z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+' | sort -u)
    [[ -n $options ]] || fail "no options found in --help"
    expect_contains "clusterwright-cli list -" $options
}

# shellcheck source=/dev/null
source "$completion" || { echo "FAIL: cannot source $completion" >&2; exit 1; }
complete -p clusterwright-cli >/dev/null || { echo "FAIL: no completion registered for clusterwright-cli" >&2; exit 1; }
run_checks "plain bash"
# With the bash-completion package's helpers loaded (how users get it), the same answers.
if [[ -r /usr/share/bash-completion/bash_completion ]]; then
    # shellcheck source=/dev/null
    source /usr/share/bash-completion/bash_completion
    source "$completion"
    run_checks "bash-completion"
fi
((failures == 0)) || { echo "check-completion: $failures failure(s)" >&2; exit 1; }
echo "check-completion: every completion as expected"
