"""A made-up flood report shared by the cleaner tests; every paragraph is our own wording."""

FLOOD_ARTICLE = [
    "Floodwater rose above the river banks in the town of Marlow Ridge on Tuesday, forcing "
    "about 1,200 residents to leave their homes, the regional emergency service said.",
    "Rescue crews used boats to reach families stranded on rooftops along the lower river "
    "district, where the water stood more than two metres deep by the afternoon.",
    "The emergency service said 14 people had been taken to hospital with minor injuries "
    "and that no deaths had been reported in the flooded districts so far.",
    "Forecasters expect more heavy rain over the river valley on Wednesday, and the service "
    "warned residents of the lower district not to return to their flooded homes yet.",
]
