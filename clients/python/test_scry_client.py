"""Tests of scry_client against a real service: the product test ServeTest starts one (on a Unix socket
and a loopback port) and runs ``python3 -m unittest`` here with SCRY_TEST_SOCKET, SCRY_TEST_TCP,
SCRY_TEST_HOME and SCRY_TEST_PICTURES (a folder of pictures) in the environment."""

import os
import unittest

from scry_client import Client, ScryError

ENV = ("SCRY_TEST_SOCKET", "SCRY_TEST_TCP", "SCRY_TEST_HOME", "SCRY_TEST_PICTURES")


@unittest.skipUnless(all(os.environ.get(v) for v in ENV), "needs a running service: run the product test ServeTest")
class ClientTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.pictures = os.environ["SCRY_TEST_PICTURES"]
        cls.files = sorted(os.path.join(cls.pictures, f) for f in os.listdir(cls.pictures))
        cls.unix = Client("unix:" + os.environ["SCRY_TEST_SOCKET"], home=os.environ["SCRY_TEST_HOME"])
        cls.tcp = Client(os.environ["SCRY_TEST_TCP"], home=os.environ["SCRY_TEST_HOME"])

    def test_1_add_list_info_search_compare_clear(self):
        job = self.unix.add_images([self.pictures], db="py")
        self.assertEqual(job["state"], "done")
        self.assertIn("py: indexed %d pictures" % len(self.files), job["output"])
        dbs = {db["name"]: db for db in self.tcp.list_dbs()}
        self.assertIn("py", dbs)
        info = self.unix.get_db_info("py")
        self.assertEqual(info["name"], "py")
        hits = self.tcp.search(image=self.files[1], db="py", n=2)
        self.assertEqual(hits[0]["path"], self.files[1])
        self.assertEqual(hits[0]["similarity"], 100.0)
        with open(self.files[2], "rb") as picture:
            uploaded = self.unix.search(image=picture.read(), db="py", n=1)
        self.assertEqual(uploaded[0]["path"], self.files[2])
        words = self.unix.search(os.path.basename(self.files[3]).rsplit(".", 1)[0], db="py", n=3)
        self.assertIn(self.files[3], [hit["path"] for hit in words])
        self.assertEqual(self.tcp.compare_images(self.files[0], self.files[0]), 100.0)
        self.assertLess(self.tcp.compare_images(self.files[0], self.files[1]), 100.0)
        self.unix.clear_db("py")
        self.assertEqual(self.unix.search(image=self.files[1], db="py", n=2), [])

    def test_2_errors_carry_the_command_lines_codes(self):
        with self.assertRaises(ScryError) as missing:
            self.unix.get_db_info("no-such-library")
        self.assertEqual((missing.exception.status, missing.exception.code), (404, 4))
        self.assertIn("no-such-library", missing.exception.reason)
        with self.assertRaises(ScryError) as unauthorized:
            Client(os.environ["SCRY_TEST_TCP"], token="0" * 64, home=os.environ["SCRY_TEST_HOME"]).list_dbs()
        self.assertEqual(unauthorized.exception.status, 401)


if __name__ == "__main__":
    unittest.main()
