"""Parcel dimensions and weights."""

import re
from dataclasses import dataclass

VOLUMETRIC_DIVISOR = 5000  # cm³ per kg, the usual courier convention
MAX_SIDE_CM = 150.0
MAX_WEIGHT_KG = 30.0

_LABEL_RE = re.compile(
    r"^\s*(?P<l>\d+(?:\.\d+)?)\s*x\s*(?P<w>\d+(?:\.\d+)?)\s*x\s*(?P<h>\d+(?:\.\d+)?)\s*cm\s*,"
    r"\s*(?P<kg>\d+(?:\.\d+)?)\s*kg\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Parcel:
    """A parcel's outer dimensions in centimetres and its weight in kilograms.

    Raises ``ValueError`` on creation when a dimension or the weight is not
    positive, when a side is longer than 150 cm, or when the parcel weighs
    more than 30 kg.
    """

    length_cm: float
    width_cm: float
    height_cm: float
    weight_kg: float

    def __post_init__(self) -> None:
        sides = (self.length_cm, self.width_cm, self.height_cm)
        if any(side <= 0 for side in sides) or self.weight_kg <= 0:
            raise ValueError("dimensions and weight must be positive")
        if max(sides) > MAX_SIDE_CM:
            raise ValueError(f"a side may not exceed {MAX_SIDE_CM:g} cm")
        if self.weight_kg > MAX_WEIGHT_KG:
            raise ValueError(f"parcels may not weigh more than {MAX_WEIGHT_KG:g} kg")

    @classmethod
    def from_label(cls, label: str) -> "Parcel":
        """Build a parcel from a label such as the warehouse prints it.

        Args:
            label: Text of the form ``"<L> x <W> x <H> cm, <weight> kg"``.

        Raises:
            ValueError: If the label cannot be read or describes an invalid parcel.
        """
        match = _LABEL_RE.match(label)
        if match is None:
            raise ValueError(f"unreadable parcel label: {label!r}")
        return cls(float(match["l"]), float(match["w"]), float(match["h"]), float(match["kg"]))

    @staticmethod
    def volume_to_weight(volume_cm3: float, divisor: int = VOLUMETRIC_DIVISOR) -> float:
        """Convert a volume in cm³ into a volumetric weight in kg, rounded to 10 g."""
        return round(volume_cm3 / divisor, 2)

    @property
    def volumetric_weight(self) -> float:
        """Volumetric weight in kg, the weight couriers bill for bulky parcels."""
        return self.volume_to_weight(self.length_cm * self.width_cm * self.height_cm)
