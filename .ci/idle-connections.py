"""Opens 10,000 idle connections to `hrap serve`, then asks for a score: the next request must still be answered.

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
for _ in range(count):
    connection = socket.create_connection((host, port), timeout=5)
    idle.append(connection)
opened = time.time() - started
request = urllib.request.Request(f"{base}/plans/{plan}/score", headers={"Authorization": "Bearer " + token})
asked = time.time()
with urllib.request.urlopen(request, timeout=10) as response:
    body = response.read()
    status = response.status
answered = time.time() - asked
for connection in idle:
    connection.close()
print(f"{count} idle connections opened in {opened:.1f} s; the next request: {status}, {len(body)} bytes in {answered:.3f} s")
sys.exit(0 if status == 200 and answered < 5 else 1)
