# SPDX-License-Identifier: BSD-3-Clause
"""Packet and pcap helpers for the example and compat tests (python3 stdlib
only): build Ethernet/IPv4/IPv6/ARP frames, read and write pcap files, and
run a forwarding program until its output files hold the expected frames."""

import os
import re
import signal
import struct
import subprocess
import sys
import tempfile
import time

PCAP_MAGIC_US = 0xA1B2C3D4
PCAP_MAGIC_NS = 0xA1B23C4D


def mac(text):
    return bytes(int(x, 16) for x in text.split(":"))


def mac_str(b):
    return ":".join("%02X" % x for x in b)


def write_pcap(path, frames):
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", PCAP_MAGIC_US, 2, 4, 0, 0, 65535, 1))
        for i, fr in enumerate(frames):
            f.write(struct.pack("<IIII", 1700000000 + i // 1000, (i % 1000) * 1000,
                                len(fr), len(fr)))
            f.write(fr)


def read_pcap(path):
    """Frames of a pcap file (either byte order, us or ns); a record cut
    short at the end (file still being written) is left out."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        return []
    if len(data) < 24:
        return []
    for endian in ("<", ">"):
        magic = struct.unpack(endian + "I", data[:4])[0]
        if magic in (PCAP_MAGIC_US, PCAP_MAGIC_NS):
            break
    else:
        raise ValueError("%s: not a pcap file" % path)
    frames, off = [], 24
    while off + 16 <= len(data):
        _, _, caplen, _ = struct.unpack(endian + "IIII", data[off:off + 16])
        if off + 16 + caplen > len(data):
            break
        frames.append(data[off + 16:off + 16 + caplen])
        off += 16 + caplen
    return frames


def csum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return (~s) & 0xFFFF


def eth(dst, src, ethertype, payload):
    return mac(dst) + mac(src) + struct.pack("!H", ethertype) + payload


def ipv4(src, dst, ttl=64, proto=17, payload=b"", ihl=5, version=4,
         total_length=None, bad_csum=False, ident=0):
    opts = b"\x01" * ((ihl - 5) * 4) if ihl > 5 else b""
    tl = total_length if total_length is not None else 20 + len(opts) + len(payload)
    hdr = struct.pack("!BBHHHBBH4s4s", (version << 4) | ihl, 0, tl, ident, 0,
                      ttl, proto, 0, bytes(map(int, src.split("."))),
                      bytes(map(int, dst.split("."))))
    hdr += opts
    c = csum(hdr)
    if bad_csum:
        c ^= 0x5555
    return hdr[:10] + struct.pack("!H", c) + hdr[12:] + payload


def ipv6_addr(text):
    import ipaddress
    return ipaddress.IPv6Address(text).packed


def ipv6(src, dst, hlim=64, nxt=17, payload=b"", version=6, payload_len=None):
    pl = payload_len if payload_len is not None else len(payload)
    return struct.pack("!IHBB16s16s", version << 28, pl, nxt, hlim,
                       ipv6_addr(src), ipv6_addr(dst)) + payload


def udp(sport, dport, data):
    return struct.pack("!HHHH", sport, dport, 8 + len(data), 0) + data


def arp_request(src_mac, src_ip, dst_ip):
    return eth("ff:ff:ff:ff:ff:ff", src_mac, 0x0806, struct.pack(
        "!HHBBH6s4s6s4s", 1, 0x0800, 6, 4, 1, mac(src_mac),
        bytes(map(int, src_ip.split("."))), b"\0" * 6,
        bytes(map(int, dst_ip.split(".")))))


def pad60(frame):
    return frame + b"\0" * max(0, 60 - len(frame))


def port_macs(output):
    """{port: mac bytes} from 'Port N, MAC address: XX:..' or 'Port N MAC: XX:..'."""
    found = {}
    for m in re.finditer(r"Port (\d+),? MAC(?: address)?: ([0-9A-Fa-f:]{17})", output):
        found[int(m.group(1))] = mac(m.group(2))
    return found


class Failure(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Failure(msg)


def run_forwarder(cmd, expected_counts, timeout=20.0, settle=0.0, quit_sig=signal.SIGINT,
                  env=None):
    """Starts cmd, waits until every pcap in expected_counts {path: n} holds
    n frames (or timeout), waits `settle` more seconds (so a forwarder that
    would send extra frames gets the chance to), sends quit_sig and returns
    (returncode, output).  The program must exit within 15 s of the signal."""
    print("+ " + " ".join(cmd), flush=True)
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and proc.poll() is None:
            if all(sum(len(read_pcap(f)) for f in (p if isinstance(p, tuple) else (p,))) >= n
                   for p, n in expected_counts.items()):
                break
            time.sleep(0.05)
        if proc.poll() is None:
            time.sleep(settle)
            proc.send_signal(quit_sig)
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
                out.seek(0)
                sys.stdout.write(out.read().decode(errors="replace"))
                raise Failure("%s did not exit within 15 s of signal %d" % (cmd[0], quit_sig))
        out.seek(0)
        text = out.read().decode(errors="replace")
    sys.stdout.write(text)
    return proc.returncode, text


def out_files(tmp, port, txq=1):
    """The tx_pcap files of a port made by eal_pcap_args (one per tx queue)."""
    return ["%s/out%d.pcap" % (tmp, port)] + ["%s/out%d_q%d.pcap" % (tmp, port, q)
                                              for q in range(1, txq)]


def eal_pcap_args(tmp, nb_ports, prefix, txq=1):
    """EAL options: --no-huge and nb_ports pcap vdevs, each reading
    in<i>.pcap and writing out<i>.pcap (plus out<i>_q<q>.pcap for more tx
    queues) in tmp."""
    args = ["--no-huge", "-m", "128", "--file-prefix", prefix]
    for i in range(nb_ports):
        args.append("--vdev=net_pcap%d,rx_pcap=%s/in%d.pcap,%s" % (
            i, tmp, i, ",".join("tx_pcap=" + f for f in out_files(tmp, i, txq))))
    return args
