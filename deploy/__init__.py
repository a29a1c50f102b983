"""Running the platform: the local launcher and the process helpers the tests share."""
