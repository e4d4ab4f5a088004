#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""On a terminal the shell uses libedit: tab completes command words from
the command table (and forwarding modes), a double tab lists the choices,
the up arrow recalls the previous command."""
import os
import pty
import re
import select
import subprocess
import sys
import time

from tpharness import EAL_COMMON, check, fail

binary = sys.argv[1]
master, slave = pty.openpty()
p = subprocess.Popen([binary, '-l', '0-1', '--file-prefix=tp_tty'] +
                     EAL_COMMON + ['--vdev', 'net_ring0', '--', '-i',
                                   '--total-num-mbufs=4096'],
                     stdin=slave, stdout=slave, stderr=slave, close_fds=True)
os.close(slave)
log = b''


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
expect(rb'Bye\.\.\.')
try:
    rc = p.wait(timeout=20)
except subprocess.TimeoutExpired:
    p.kill()
    fail('testpmd did not exit after quit')
text = log.decode(errors='replace')
check(rc == 0, 'exit code 0')
check(re.search(r'mbuf pool <\S+>: all \d+ mbufs returned', text),
      'every mbuf back in its pool')
