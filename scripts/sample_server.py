"""The sample nginx setup (scripts/nginx/) for real: Debian's nginx on 127.0.0.1 serving
a built site under a sub-path, in either form an IT department would use it. Shared by
tests/test_nginx.py and scripts/benchmark.py (page weight as a phone receives it)."""

import contextlib
import os
import re
import shutil
import socket
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NGINX = ROOT / "scripts" / "nginx"
INSTALL_NGINX = "apt-get install -y nginx"
FORMS = ("drop-in", "full")
PLACEHOLDER = re.compile(r"@[A-Z]+@")
# An existing server, as Debian's nginx.conf and sites-enabled/default set one up,
# into which an IT department adds the one include line of brochure-location.conf.
EXISTING_SERVER = """worker_processes 1;
pid @RUNTIME@/nginx.pid;
error_log @RUNTIME@/error.log;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path @RUNTIME@/body;
    proxy_temp_path @RUNTIME@/proxy;
    fastcgi_temp_path @RUNTIME@/fastcgi;
    uwsgi_temp_path @RUNTIME@/uwsgi;
    scgi_temp_path @RUNTIME@/scgi;
    gzip on;
    server {
        listen 127.0.0.1:@PORT@ default_server;
        root @RUNTIME@/www;
        index index.html;
        location / {
            try_files $uri $uri/ =404;
        }
        include @SNIPPET@;
    }
}
"""


def fill(template: str, values: dict[str, str], name: str) -> str:
    """The template with every @PLACEHOLDER@ replaced; one left over (outside the
    comments, which name them) is an error."""
    for key, value in values.items():
        template = template.replace(f"@{key}@", value)
    directives = "\n".join(line for line in template.splitlines() if not line.lstrip().startswith("#"))
    left = sorted(set(PLACEHOLDER.findall(directives)))
    if left:
        raise ValueError(f"{name}: placeholders not filled in: {', '.join(left)}")
    return template


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_nginx(site: Path, runtime: Path, prefix: str = "/intranet/school/brochure", form: str = "drop-in"):
    """Debian's nginx serving site under prefix: "drop-in", brochure-location.conf
    included in an existing server; "full", the sample brochure.conf. Yields the
    site's address (ending in "/")."""
    binary = shutil.which("nginx") or shutil.which("/usr/sbin/nginx")
    if binary is None:
        raise RuntimeError(f"nginx not found. Install it: {INSTALL_NGINX}")
    port = free_port()
    (runtime / "www").mkdir(parents=True, exist_ok=True)
    (runtime / "www" / "index.html").write_text("<!doctype html><title>School</title><p>Intranet</p>\n")
    snippet = runtime / "brochure-location.conf"
    snippet.write_text(fill((NGINX / "brochure-location.conf").read_text(), {"SITE": str(site), "PREFIX": prefix},
                            "brochure-location.conf"))
    template = EXISTING_SERVER if form == "drop-in" else (NGINX / "brochure.conf").read_text()
    config = fill(template, {"SNIPPET": str(snippet), "PORT": str(port), "RUNTIME": str(runtime)}, form)
    if os.geteuid() == 0:
        # As root nginx's workers would drop to "nobody", who cannot read pytest's
        # private temp dirs; a deployment sets its own user.
        config = "user root;\n" + config
    (runtime / "nginx.conf").write_text(config)
    process = subprocess.Popen([binary, "-c", str(runtime / "nginx.conf"), "-p", str(runtime),
                                "-g", "daemon off;"], stderr=subprocess.PIPE)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if process.poll() is not None:
                break
            time.sleep(0.1)
    else:
        process.kill()
    if process.poll() is not None:
        raise RuntimeError(f"nginx did not start ({form}): {process.stderr.read().decode()}")
    try:
        yield f"http://127.0.0.1:{port}{prefix}/"
    finally:
        process.terminate()
        process.wait(timeout=10)
