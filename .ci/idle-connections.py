"""Opens 10,000 idle connections to `hrap serve`, then asks for a score: the next request must still be answered.

The connections come from 100 loopback addresses (127.0.1.0 to 127.0.1.99, 100 each), as from many clients: one
address may hold 256 connections, and the 257th from the same address is refused (503), which is checked too.

Usage: python3 .ci/idle-connections.py BASE_URL TOKEN PLAN   (called by .ci/api-check)
"""
import resource
import socket
import sys
import time
import urllib.parse
import urllib.request

base, token, plan = sys.argv[1], sys.argv[2], sys.argv[3]
host, port = urllib.parse.urlparse(base).hostname, urllib.parse.urlparse(base).port
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
count = min(10_000, hard - 100)
idle = []
started = time.time()
for index in range(count):
    source = f"127.0.1.{index // 100}"
    connection = socket.create_connection((host, port), timeout=5, source_address=(source, 0))
    idle.append(connection)
opened = time.time() - started
crowd = [socket.create_connection((host, port), timeout=5, source_address=("127.0.2.1", 0)) for _ in range(257)]
crowd[-1].settimeout(5)
refused = crowd[-1].recv(64).startswith(b"HTTP/1.1 503")
for connection in crowd:
    connection.close()
request = urllib.request.Request(f"{base}/plans/{plan}/score", headers={"Authorization": "Bearer " + token})
asked = time.time()
with urllib.request.urlopen(request, timeout=10) as response:
    body = response.read()
    status = response.status
answered = time.time() - asked
for connection in idle:
    connection.close()
print(f"{count} idle connections opened in {opened:.1f} s; the next request: {status}, {len(body)} bytes in "
      f"{answered:.3f} s; the 257th connection from one address refused: {refused}")
sys.exit(0 if status == 200 and answered < 5 and refused else 1)
