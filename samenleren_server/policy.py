"""The server's security settings: device token lifetimes and login throttling.

`samenleren-server serve --token-idle-days N --token-lifetime-days N` sets the token
lifetimes; the throttling numbers are fixed defaults.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True)
class Policy:
    """How long device tokens live and when logins are slowed down.

    Attributes:
        token_idle: a device token not used for this long is no longer accepted (401;
            None: no limit).
        token_lifetime: a device token older than this is no longer accepted (None: no limit).
        user_attempts: failed logins for one username before it is locked.
        address_attempts: failed logins from one client address before it is locked.
        first_lockout: the first lockout; each further failure after a lockout doubles it.
        longest_lockout: the lockout never grows beyond this.
        forget_after: failures older than this no longer count.
    """

    token_idle: timedelta | None = timedelta(days=90)
    token_lifetime: timedelta | None = timedelta(days=365)
    user_attempts: int = 5
    address_attempts: int = 30
    first_lockout: timedelta = timedelta(minutes=1)
    longest_lockout: timedelta = timedelta(minutes=30)
    forget_after: timedelta = timedelta(hours=24)

    @property
    def touch_every(self) -> timedelta:
        """How stale a device's last use may be before a request writes it again."""
        day = timedelta(days=1)
        return min(day, self.token_idle / 10) if self.token_idle is not None else day


DEFAULT_POLICY = Policy()


def add_serve_options(serve: argparse.ArgumentParser) -> None:
    """`serve --token-idle-days N --token-lifetime-days N` (0: no limit)."""
    idle, lifetime = (
        _in_days(p) for p in (DEFAULT_POLICY.token_idle, DEFAULT_POLICY.token_lifetime)
    )
    serve.add_argument(
        "--token-idle-days",
        type=_days,
        default=idle,
        metavar="DAGEN",
        help="een laptop die zo veel dagen niet synchroniseert, moet opnieuw aanmelden; "
        f"0 is nooit (standaard {idle})",
    )
    serve.add_argument(
        "--token-lifetime-days",
        type=_days,
        default=lifetime,
        metavar="DAGEN",
        help="na zo veel dagen moet elke laptop opnieuw aanmelden; 0 is nooit "
        f"(standaard {lifetime})",
    )


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        days = -1
    if not 0 <= days <= 36_500:
        raise argparse.ArgumentTypeError(f"{text!r} is geen aantal dagen")
    return days


def _in_days(period: timedelta | None) -> int:
    return period.days if period is not None else 0


def _period(days: int) -> timedelta | None:
    return timedelta(days=days) if days else None


def from_options(args: argparse.Namespace) -> Policy:
    """The policy `serve` was started with."""
    return Policy(
        token_idle=_period(args.token_idle_days),
        token_lifetime=_period(args.token_lifetime_days),
    )
