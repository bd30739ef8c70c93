"""placeholder"""


def extract(doc) -> None:
    return None
