"""The scanner's model is read when the app starts, not by the first command that scans text:
read lazily it costs that command about a second (several on a loaded host) inside Slack's
3-second ack window, and Bolt answers a late ack with a 404 "unhandled request"."""

from coaching.oversharing_model import default_model
from services import verdicts


def test_installing_the_verdicts_reads_the_model_up_front():
    default_model.cache_clear()
    verdicts.install()
    assert default_model.cache_info().currsize == 1
