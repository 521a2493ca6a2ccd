"""A client for a running Scry service (``scry serve``), with nothing but Python's standard library.

It speaks the service's HTTP JSON API (``/v1/openapi.yaml``) over the Unix domain socket of a Scry
home (only its user can connect) or over TCP (``scry serve --bind HOST:PORT``, with the home's token).
Its methods mirror ImgSearch's ``Client``: ``search``, ``add_images``, ``compare_images``, ``list_dbs``,
``get_db_info`` and ``clear_db``; a "db" is a Scry library.

    from scry_client import Client
    scry = Client()                                    # $SCRY_SERVICE, else the home's socket
    scry.add_images(["/photos/2024"], db="trips")      # waits for the indexing job
    for hit in scry.search("beach", db="trips", n=5):
        print(hit["rank"], hit["similarity"], hit["path"])
    scry.search(image="/photos/query.jpg")             # a picture on disk; image=b"..." uploads bytes

Errors raise ``ScryError`` with the command line's exit code (``code``) and reason.
"""

import http.client
import json
import os
import socket
import time
import urllib.parse

__all__ = ["Client", "ScryError"]


class ScryError(Exception):
    """A request the service refused: ``status`` (HTTP), ``code`` (the CLI's exit code), ``reason``."""

    def __init__(self, status, code, reason):
        super().__init__("%s (exit code %s, HTTP %s)" % (reason, code, status))
        self.status = status
        self.code = code
        self.reason = reason


class _UnixConnection(http.client.HTTPConnection):
    def __init__(self, path, timeout):
        super().__init__("localhost", timeout=timeout)
        self._path = path

    def connect(self):
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        sock.connect(self._path)
        self.sock = sock


def _default_home():
    for given in (os.environ.get("SCRY_HOME"),):
        if given:
            return given
    config = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    try:
        with open(os.path.join(config, "scry", "home"), encoding="utf-8") as chosen:
            line = chosen.readline().strip()
            if line:
                return line
    except OSError:
        pass
    return os.path.join(os.path.expanduser("~"), ".scry")


class Client:
    """A Scry service at ``address``: ``unix:PATH`` (or a path), ``HOST:PORT``; by default
    ``$SCRY_SERVICE``, else the socket of the Scry home (``home``, else as ``scry`` finds it).
    Over TCP the token is ``token``, else the home's ``service/token``."""

    def __init__(self, address=None, token=None, home=None, timeout=600):
        self.home = home or _default_home()
        address = address or os.environ.get("SCRY_SERVICE") or "unix:" + os.path.join(self.home, "service", "scry.sock")
        self.timeout = timeout
        if address.startswith("unix:") or "/" in address:
            self._socket = address[5:] if address.startswith("unix:") else address
            self._host = None
        else:
            host, _, port = address.rpartition(":")
            self._socket = None
            self._host, self._port = host.strip("[]") or "127.0.0.1", int(port)
        self.token = token
        if self.token is None and self._socket is None:
            try:
                with open(os.path.join(self.home, "service", "token"), encoding="ascii") as kept:
                    self.token = kept.read().strip()
            except OSError:
                self.token = None

    # -- the transport -------------------------------------------------------------------------

    def _connection(self):
        if self._socket is not None:
            return _UnixConnection(self._socket, self.timeout)
        return http.client.HTTPConnection(self._host, self._port, timeout=self.timeout)

    def _request(self, method, path, params=None, body=None, content_type=None):
        query = urllib.parse.urlencode([(k, v) for k, values in (params or {}).items() if values is not None
                                        for v in (values if isinstance(values, (list, tuple)) else [values])])
        target = path + ("?" + query if query else "")
        headers = {}
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        if body is not None:
            headers["Content-Type"] = content_type or "application/octet-stream"
        connection = self._connection()
        try:
            connection.request(method, target, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
        finally:
            connection.close()
        answer = json.loads(data.decode("utf-8")) if data.strip() else None
        if response.status >= 400:
            error = (answer or {}).get("error", {}) if isinstance(answer, dict) else {}
            raise ScryError(response.status, error.get("code", 1), error.get("reason", data.decode("utf-8", "replace").strip()))
        return answer

    @staticmethod
    def _db(name):
        return "/v1/libraries/" + urllib.parse.quote(name, safe="")

    # -- ImgSearch's Client --------------------------------------------------------------------

    def search(self, query=None, image=None, db="default", n=10, min_similarity=None, region=None, **filters):
        """The hits of words (``query``), of a picture (``image``: a path, or the bytes to upload), best first:
        ``[{"rank", "path", "similarity"}]``. ``region`` is ``(x, y, w, h)``; filters: folder, from_, to,
        min_size, max_size, format, model, where (the query language's fields, as ``scry search --where``)."""
        params = {"n": n, "m": min_similarity}
        if region is not None:
            params["region"] = ",".join(str(int(v)) for v in region)
        for key, value in filters.items():
            params[key.rstrip("_").replace("_", "-")] = value
        if isinstance(image, (bytes, bytearray)):
            results = self._request("POST", self._db(db) + "/search", params, bytes(image))
        elif image is not None:
            params["path"] = os.path.abspath(image)
            results = self._request("GET", self._db(db) + "/search", params)
        elif query is not None:
            params["q"] = query
            results = self._request("GET", self._db(db) + "/search", params)
        else:
            raise ValueError("give words (query) or a picture (image)")
        return results[0]["hits"] if results else []

    def add_images(self, paths, db="default", wait=True, poll=0.5):
        """Adds files and folders to the library and indexes them, as a job; with ``wait`` the finished job."""
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        job = self._request("POST", self._db(db) + "/add", {"path": [os.path.abspath(p) for p in paths]})
        return self.wait_job(job["id"], poll) if wait else job

    def compare_images(self, a, b):
        """How alike two pictures are, in percent."""
        return self._request("GET", "/v1/compare", {"a": os.path.abspath(a), "b": os.path.abspath(b)})["similarity"]

    def list_dbs(self):
        """The libraries with their picture counts."""
        return self._request("GET", "/v1/libraries")

    def get_db_info(self, db="default"):
        """A library's pictures, files, folders, encoders, settings, size on disk and last sync."""
        return self._request("GET", self._db(db))

    def clear_db(self, db="default"):
        """Empties the library's index (its folders and settings stay)."""
        return self._request("POST", self._db(db) + "/clear")

    # -- the rest of the API -------------------------------------------------------------------

    def create_db(self, db):
        return self._request("POST", "/v1/libraries", {"name": db})

    def rename_db(self, db, new_name):
        return self._request("POST", self._db(db) + "/rename", {"to": new_name})

    def remove_db(self, db):
        return self._request("DELETE", self._db(db))

    def sync_db(self, db="default", wait=True, poll=0.5):
        job = self._request("POST", self._db(db) + "/sync")
        return self.wait_job(job["id"], poll) if wait else job

    def duplicates(self, db="default", min_similarity=None):
        return self._request("GET", self._db(db) + "/duplicates", {"m": min_similarity})

    def export(self, db="default"):
        return self._request("GET", self._db(db) + "/export")

    def tag(self, path, tags, db="default", remove=False):
        return self._request("POST", self._db(db) + "/tags", {"path": os.path.abspath(path), "tag": list(tags),
                                                              "remove": "true" if remove else None})

    def models(self):
        return self._request("GET", "/v1/models")

    def install_model(self, model, wait=True, poll=0.5):
        job = self._request("POST", "/v1/models/" + urllib.parse.quote(model, safe="") + "/install")
        return self.wait_job(job["id"], poll) if wait else job

    def job(self, job_id):
        return self._request("GET", "/v1/jobs/" + job_id)

    def jobs(self):
        return self._request("GET", "/v1/jobs")

    def cancel_job(self, job_id):
        return self._request("POST", "/v1/jobs/" + job_id + "/cancel")

    def wait_job(self, job_id, poll=0.5):
        """Polls the job until it has ended; raises ScryError when it failed."""
        while True:
            job = self.job(job_id)
            if job["exit"] is not None:
                if job["exit"] != 0:
                    reasons = [l[6:] for l in job["errors"].splitlines() if l.startswith("scry: ")]
                    raise ScryError(500, job["exit"], reasons[-1] if reasons else job["state"])
                return job
            time.sleep(poll)

    def status(self):
        return self._request("GET", "/v1/status")
