#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""On a terminal the shell uses libedit: tab completes command words from
the command table (and forwarding modes), a double tab lists the choices,
the up arrow recalls the previous command, and SIGINT at the prompt while
forwarding stops, cleans up and exits 0 (libedit must not swallow it)."""
import os
import pty
import re
import select
import signal
import subprocess
import sys
import time

from tpharness import EAL_COMMON, check, fail

binary = sys.argv[1]


def spawn(prefix, extra):
    global master, p, log
    master, slave = pty.openpty()
    p = subprocess.Popen([binary, '-l', '0-1', '--file-prefix=' + prefix] +
                         EAL_COMMON + ['--vdev', 'net_ring0', '--vdev',
                                       'net_ring1', '--', '-i',
                                       '--total-num-mbufs=4096'] + extra,
                         stdin=slave, stdout=slave, stderr=slave,
                         close_fds=True)
    os.close(slave)
    log = b''


def finish(tag):
    expect(rb'Bye\.\.\.')
    try:
        rc = p.wait(timeout=20)
    except subprocess.TimeoutExpired:
        p.kill()
        fail('%s: testpmd did not exit' % tag)
    text = log.decode(errors='replace')
    check(rc == 0, '%s: exit code 0' % tag)
    check(re.search(r'mbuf pool <\S+>: all \d+ mbufs returned', text),
          '%s: every mbuf back in its pool' % tag)
    return text


spawn('tp_tty', [])


def expect(pattern, limit=20):
    """Read the terminal until pattern (regex on bytes) matches."""
    global log
    end = time.monotonic() + limit
    start = len(log)
    while not re.search(pattern, log[start:]):
        left = end - time.monotonic()
        if left <= 0 or not select.select([master], [], [], left)[0]:
            print(log.decode(errors='replace'))
            p.kill()
            fail('terminal never showed %r' % pattern)
        try:
            log += os.read(master, 4096)
        except OSError:
            break
    return log[start:]


def type_(s):
    os.write(master, s.encode())


expect(rb'testpmd> ')
# "set fw<TAB>macs<TAB><CR>" only works if both words were completed
type_('set fw\t')
time.sleep(0.2)
type_('macs\t')
time.sleep(0.2)
type_('\r')
expect(rb'Set macswap packet forwarding mode')
check(True, 'tab completes "set fw" to "set fwd " and "macs" to "macswap"')
type_('\x1b[A')          # up arrow: previous command
expect(rb'set fwd macswap')
type_('\r')
out = expect(rb'Set macswap packet forwarding mode')
check(True, 'up arrow recalls and re-runs "set fwd macswap"')
type_('show port \t\t')
listing = expect(rb'xstats')
check(b'summary' in listing or b'summary' in expect(rb'summary'),
      'double tab lists the words after "show port"')
type_('\x15')            # ctrl-U: clear the line
type_('quit\r')
finish('quit')

spawn('tp_tty2', ['--auto-start', '--tx-first'])
expect(rb'testpmd> ')
time.sleep(0.5)
p.send_signal(signal.SIGINT)
text = finish('SIGINT at the prompt')
check('Telling cores to stop...' in text and
      'Accumulated forward statistics' in text,
      'SIGINT at the prompt stops forwarding and shows the statistics')
