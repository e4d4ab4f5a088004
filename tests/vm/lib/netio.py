#!/usr/bin/env python3
"""Host-side helpers for guest scenarios (standard library only).

QEMU's "-netdev dgram" carries each Ethernet frame as one UDP datagram
between 127.0.0.1 ports: the NIC's frames go to NICk_HOST_PORT, and
datagrams sent to NICk_QEMU_PORT arrive at the NIC as received frames.

  netio.py inject  --port QEMU_PORT (--pcap FILE | --gen N [--size B]) [--gap-us U]
  netio.py collect --port HOST_PORT --pcap FILE [--count N] [--timeout S]
  netio.py monitor --socket PATH COMMAND
  netio.py pcap-count FILE [--ethertype 0x0806]
"""
import argparse
import socket
import struct
import sys
import time

PCAP_MAGIC = 0xA1B2C3D4
LINKTYPE_ETHERNET = 1


def die(msg):
    sys.exit("netio: " + msg)


def pcap_read(path):
    """The frames of a classic pcap file (either byte order, us or ns)."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        die(f"cannot read {path}: {e.strerror}")
    if len(data) < 24:
        die(f"{path}: not a pcap file (shorter than its 24-byte header)")
    magic = struct.unpack("<I", data[:4])[0]
    if magic in (0xA1B2C3D4, 0xA1B23C4D):
        endian = "<"
    elif magic in (0xD4C3B2A1, 0x4D3CB2A1):
        endian = ">"
    else:
        die(f"{path}: not a pcap file (magic {magic:#x}; pcapng is not supported)")
    frames, off = [], 24
    while off + 16 <= len(data):
        incl = struct.unpack(endian + "IIII", data[off:off + 16])[2]
        off += 16
        if off + incl > len(data):
            die(f"{path}: truncated record at byte {off - 16}")
        frames.append(data[off:off + incl])
        off += incl
    return frames


def pcap_writer(path):
    f = open(path, "wb")
    f.write(struct.pack("<IHHiIII", PCAP_MAGIC, 2, 4, 0, 0, 65535, LINKTYPE_ETHERNET))
    return f


def pcap_append(f, frame):
    t = time.time()
    f.write(struct.pack("<IIII", int(t), int((t % 1) * 1e6), len(frame), len(frame)))
    f.write(frame)
    f.flush()


def gen_frames(n, size):
    """N UDP/IPv4 frames of SIZE bytes (without FCS), sequence number in
    the first 4 payload bytes, from 02:00:00:00:00:01 to ff:ff:ff:ff:ff:ff."""
    if size < 64 - 4:
        die(f"--size {size} is below the 60-byte minimum frame (without FCS)")
    frames = []
    for seq in range(n):
        payload = struct.pack(">I", seq).ljust(size - 42, b"\0")
        udp = struct.pack(">HHHH", 1024, 1024, 8 + len(payload), 0) + payload
        ip = struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), seq & 0xFFFF, 0,
                         64, 17, 0, bytes([192, 0, 2, 1]), bytes([192, 0, 2, 2]))
        s = sum(struct.unpack(">10H", ip))
        s = (s & 0xFFFF) + (s >> 16)
        s = (s & 0xFFFF) + (s >> 16)
        ip = ip[:10] + struct.pack(">H", ~s & 0xFFFF) + ip[12:]
        eth = b"\xff" * 6 + bytes([2, 0, 0, 0, 0, 1]) + b"\x08\x00"
        frames.append(eth + ip + udp)
    return frames


def cmd_inject(a):
    frames = pcap_read(a.pcap) if a.pcap else gen_frames(a.gen, a.size)
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for fr in frames:
        s.sendto(fr, ("127.0.0.1", a.port))
        if a.gap_us:
            time.sleep(a.gap_us / 1e6)
    print(f"injected {len(frames)} frames to port {a.port}")


def cmd_collect(a):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        s.bind(("127.0.0.1", a.port))
    except OSError as e:
        die(f"cannot bind 127.0.0.1:{a.port}: {e.strerror}")
    out = pcap_writer(a.pcap)
    n, end = 0, time.monotonic() + a.timeout
    while a.count is None or n < a.count:
        left = end - time.monotonic()
        if left <= 0:
            break
        s.settimeout(left)
        try:
            fr = s.recv(65536)
        except socket.timeout:
            break
        pcap_append(out, fr)
        n += 1
    out.close()
    print(f"collected {n} frames into {a.pcap}")
    if a.count is not None and n < a.count:
        die(f"collected {n} of {a.count} frames within {a.timeout}s")


def cmd_monitor(a):
    """One command over QEMU's human monitor socket; prints its answer."""
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    for _ in range(100):
        try:
            s.connect(a.socket)
            break
        except OSError:
            time.sleep(0.1)
    else:
        die(f"cannot connect to the monitor socket {a.socket} (is 'monitor' in vm.conf?)")
    s.settimeout(10)

    def read_prompt():
        buf = b""
        while not buf.endswith(b"(qemu) "):
            chunk = s.recv(4096)
            if not chunk:
                break
            buf += chunk
        return buf.decode(errors="replace")

    read_prompt()
    s.sendall(a.command.encode() + b"\n")
    reply = read_prompt()
    # The monitor echoes the command line first; print the rest.
    lines = [l for l in reply.replace("\r", "").split("\n")[1:] if l and l != "(qemu) "]
    for l in lines:
        print(l)
    s.close()


def cmd_count(a):
    frames = pcap_read(a.file)
    if a.ethertype is not None:
        want = struct.pack(">H", int(a.ethertype, 0))
        frames = [f for f in frames if f[12:14] == want]
    print(len(frames))


def main():
    p = argparse.ArgumentParser(prog="netio.py", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    i = sub.add_parser("inject", help="send frames to a NIC's dgram netdev")
    i.add_argument("--port", type=int, required=True)
    g = i.add_mutually_exclusive_group(required=True)
    g.add_argument("--pcap")
    g.add_argument("--gen", type=int, metavar="N")
    i.add_argument("--size", type=int, default=60)
    i.add_argument("--gap-us", type=int, default=0)
    c = sub.add_parser("collect", help="receive a NIC's frames into a pcap file")
    c.add_argument("--port", type=int, required=True)
    c.add_argument("--pcap", required=True)
    c.add_argument("--count", type=int)
    c.add_argument("--timeout", type=float, default=30)
    m = sub.add_parser("monitor", help="one QEMU monitor command")
    m.add_argument("--socket", required=True)
    m.add_argument("command")
    n = sub.add_parser("pcap-count", help="number of frames in a pcap file")
    n.add_argument("file")
    n.add_argument("--ethertype", help="count only frames of this type, e.g. 0x0806")
    a = p.parse_args()
    {"inject": cmd_inject, "collect": cmd_collect, "monitor": cmd_monitor,
     "pcap-count": cmd_count}[a.cmd](a)


if __name__ == "__main__":
    main()
