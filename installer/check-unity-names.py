#!/usr/bin/env python3
"""Checks that no two files of one unity-built library define a file-local name twice.

The first-party libraries under src/ and ui/ are compiled in unity batches
(cmake/CwUnityBuild.cmake): several of a folder's .cpp files become one translation unit. Their
anonymous namespaces then merge. Two definitions of one name with the same signature fail to
compile, but two with different parameters become overloads, and a call may silently reach the
other file's helper. This check refuses both before the compiler sees them: it lists each name
that is defined at the top of an anonymous namespace (or as a file-scope `static`) in two .cpp
files of one folder.

It reads the code the way the project writes it (one declaration per line, `namespace {` on its
own line); names it cannot see are still caught by the compiler when they collide exactly.
Usage: check-unity-names.py <source root>   (exit 1 and the list when a name is defined twice)
"""
import collections
import os
import re
import sys

FUNCTION = re.compile(r'^(?:static\s+|inline\s+|constexpr\s+|const\s+)*[\w:<>,*&\s]+?[\s*&](\w+)\s*\(')
TYPE = re.compile(r'^(?:struct|class|enum(?:\s+class)?|union)\s+(\w+)')
VARIABLE = re.compile(r'^(?:static\s+)?(?:inline\s+)?(?:constexpr|const)\s+[\w:<>,*&\s]+?[\s*&](\w+)\s*(?:=|\{|\[)')
NOT_NAMES = {'if', 'for', 'while', 'return', 'switch', 'operator', 'Q_LOGGING_CATEGORY', 'Q_DECLARE_METATYPE'}
STRING = re.compile(r'"(?:\\.|[^"\\])*"')


def code_of(line):
    """The line without string literals and // comments (their braces are not code)."""
    line = STRING.sub('""', line)
    cut = line.find('//')
    return line if cut < 0 else line[:cut]


def file_local_names(path):
    """Names defined at the top of an anonymous namespace, or as file-scope statics."""
    names = set()
    depth = 0
    anonymous = []  # brace depths at which an anonymous namespace's body starts
    in_comment = False
    with open(path, encoding='utf-8') as f:
        for raw in f:
            line = code_of(raw)
            if in_comment:
                end = line.find('*/')
                if end < 0:
                    continue
                line, in_comment = line[end + 2:], False
            start = line.find('/*')
            if start >= 0 and line.find('*/', start) < 0:
                line, in_comment = line[:start], True
            stripped = line.strip()
            at_anonymous_top = anonymous and depth == anonymous[-1]
            at_file_top = stripped.startswith('static ') and depth <= 1
            if at_anonymous_top or at_file_top:
                for pattern in (TYPE, VARIABLE, FUNCTION):
                    m = pattern.match(stripped)
                    if m and m.group(1) not in NOT_NAMES:
                        names.add(m.group(1))
                        break
            if re.match(r'^namespace\s*\{', stripped):
                anonymous.append(depth + 1)
            depth += line.count('{') - line.count('}')
            while anonymous and depth < anonymous[-1]:
                anonymous.pop()
    return names


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.getcwd()
    problems = []
    folders = 0
    for top in ('src', 'ui'):
        for folder, _, files in sorted(os.walk(os.path.join(root, top))):
            sources = sorted(f for f in files if f.endswith('.cpp'))
            if len(sources) < 2:
                continue
            folders += 1
            where = collections.defaultdict(list)
            for source in sources:
                for name in file_local_names(os.path.join(folder, source)):
                    where[name].append(source)
            for name, owners in sorted(where.items()):
                if len(owners) > 1:
                    problems.append(f'{os.path.relpath(folder, root)}: {name} is file-local in {", ".join(owners)}')
    if problems:
        print('These file-local names are defined in more than one file of a unity-built library;')
        print('give each its own name, or share one definition through a header:')
        for p in problems:
            print('  ' + p)
        return 1
    print(f'check-unity-names: {folders} folders, no file-local name defined twice')
    return 0


if __name__ == '__main__':
    sys.exit(main())
