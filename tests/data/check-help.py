#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that every program of the repository that is not a test suite answers --help:
exit status 0, a usage on standard output, and no file written; and that an unknown option
is refused with a non-zero status, again without writing anything (gen-rpss once wrote a
55 MB file named "--help").

Usage: check-help.py PROGRAM… (a .py or .sh file is run with its interpreter)
"""

import os
import subprocess
import sys
import tempfile


def command(program, argument):
    if program.endswith('.py'):
        return [sys.executable, program, argument]
    if program.endswith('.sh'):
        return ['sh', program, argument]
    return [program, argument]


def run(program, argument):
    with tempfile.TemporaryDirectory(prefix='kp-help-') as folder:
        result = subprocess.run(command(program, argument), cwd=folder, capture_output=True,
                                text=True, timeout=60)
        written = os.listdir(folder)
    return result, written


def main():
    if len(sys.argv) == 2 and sys.argv[1] in ('-h', '--help'):
        print(__doc__.strip())
        return 0
    if len(sys.argv) < 2 or sys.argv[1].startswith('-'):
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    failed = 0
    for program in (os.path.abspath(p) for p in sys.argv[1:]):
        name = os.path.basename(program)
        result, written = run(program, '--help')
        problems = []
        if result.returncode != 0:
            problems.append('--help exits with %d' % result.returncode)
        if 'usage' not in result.stdout.lower():
            problems.append('--help prints no usage on standard output')
        if written:
            problems.append('--help wrote %s' % ', '.join(written))
        result, written = run(program, '--no-such-option')
        if result.returncode == 0:
            problems.append('an unknown option is not refused')
        if written:
            problems.append('an unknown option wrote %s' % ', '.join(written))
        for problem in problems:
            print('FAIL %s: %s' % (name, problem))
        failed += bool(problems)
        if not problems:
            print('ok %s' % name)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
