/// American to British respelling of the words the grammars use. Only grammar text is
/// respelled: facts (a material named "Aluminum" in a specification) stay as the data says.
enum Spelling {
    static let british: [String: String] = [
        "color": "colour", "colors": "colours", "colorful": "colourful", "colored": "coloured",
        "favorite": "favourite", "favorites": "favourites", "gray": "grey", "center": "centre",
        "organize": "organise", "organized": "organised", "organizing": "organising", "realize": "realise",
        "realized": "realised", "recognize": "recognise", "apologize": "apologise", "neighbor": "neighbour",
        "neighbors": "neighbours", "neighborhood": "neighbourhood", "flavor": "flavour", "flavors": "flavours",
        "cozy": "cosy", "traveling": "travelling", "traveled": "travelled", "canceled": "cancelled",
        "behavior": "behaviour", "humor": "humour", "labor": "labour", "honor": "honour", "aluminum": "aluminium",
        "mom": "mum", "moms": "mums", "vacation": "holiday", "apartment": "flat", "sidewalk": "pavement",
        "theater": "theatre", "liter": "litre", "liters": "litres", "meter": "metre",
        "catalog": "catalogue", "jewelry": "jewellery", "mold": "mould", "moldy": "mouldy", "defense": "defence",
        "practicing": "practising", "analyze": "analyse",
        "emphasize": "emphasise", "minimize": "minimise", "customize": "customise", "customized": "customised",
        "optimize": "optimise", "summarize": "summarise", "utilize": "utilise", "cookie": "biscuit", "cookies": "biscuits",
        "stroller": "pushchair", "faucet": "tap", "trash": "rubbish", "closet": "wardrobe", "flashlight": "torch",
        "zipper": "zip", "mailman": "postman", "gotten": "got", "math": "maths", "soccer": "football",
    ]
}
