"""The map and network SVGs: markers and edges say what the data says, text is escaped, layouts repeat."""

import xml.etree.ElementTree as ET

import pytest

from newsledger.interfaces.graphics.map import QUAD_COLOURS, world, world_map_svg
from newsledger.interfaces.graphics.network import actor_network_svg, goldstein_colour

SVG = "{http://www.w3.org/2000/svg}"


def markers(svg: str) -> list[ET.Element]:
    return ET.fromstring(svg).findall(f".//{SVG}circle[@class='marker']")


def test_map_has_every_country_and_one_marker_per_place():
    svg = world_map_svg([(55.75, 37.62, 3, 1, "Moscow", "/timeline?place=1"),
                         (39.9, 116.4, 1, 4, "Beijing", "/timeline?place=2")])
    root = ET.fromstring(svg)  # well-formed XML
    assert len(root.findall(f".//{SVG}path")) == len(world()["countries"]) > 150
    assert len(markers(svg)) == 2
    assert [a.get("href") for a in root.findall(f".//{SVG}a")] == ["/timeline?place=1", "/timeline?place=2"]
    assert "<script" not in svg


def test_marker_size_grows_with_count_and_colour_follows_quad_class():
    points = [(10.0 * i, 10.0 * i, count, quad, f"place {i}", f"/p/{i}") for i, (count, quad) in enumerate([(1, 1), (4, 2), (9, 3), (25, 4)])]
    by_label = {m.find(f"{SVG}title").text.split(":")[0]: m for m in markers(world_map_svg(points))}
    radii = [float(by_label[f"place {i}"].get("r")) for i in range(4)]
    assert radii == sorted(radii) and len(set(radii)) == 4
    assert radii[3] / radii[0] < 25  # square-root scale: area, not radius, follows the count
    assert [by_label[f"place {i}"].get("fill") for i in range(4)] == [QUAD_COLOURS[q] for q in (1, 2, 3, 4)]


def test_marker_lies_where_its_coordinates_say():
    (m,) = markers(world_map_svg([(0.0, 0.0, 1, None, "Null Island", "/x")]))
    w = world()
    assert (float(m.get("cx")), float(m.get("cy"))) == (w["width"] / 2, w["height"] / 2)


def test_map_escapes_labels_and_links():
    svg = world_map_svg([(1.0, 2.0, 1, 2, '<script>alert("x")</script>', '/timeline?a=1&b="><script>')])
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
    ET.fromstring(svg)


def test_map_refuses_a_point_off_the_globe():
    with pytest.raises(ValueError, match="outside the globe"):
        world_map_svg([(95.0, 0.0, 1, 1, "nowhere", "/x")])


EDGES = [("CHN", "China", "RUS", "Russia", 12, 4.5), ("RUS", "Russia", "UKR", "Ukraine", 30, -8.0),
         ("UKR", "Ukraine", "RUS", "Russia", 5, -6.0), ("USA", "United States", "CHN", "China", 2, None)]


def test_network_draws_each_edge_with_width_by_count_and_colour_by_goldstein():
    svg = actor_network_svg(EDGES)
    root = ET.fromstring(svg)
    lines = {g.find(f"{SVG}title").text.split(":")[0]: g.find(f"{SVG}line") for g in root.findall(f".//{SVG}g[@class='edge']")}
    assert set(lines) == {"China → Russia", "Russia → Ukraine", "Ukraine → Russia", "United States → China"}
    widths = {k: float(v.get("stroke-width")) for k, v in lines.items()}
    assert widths["Russia → Ukraine"] > widths["China → Russia"] > widths["Ukraine → Russia"] > widths["United States → China"]
    assert lines["China → Russia"].get("stroke") == goldstein_colour(4.5)
    assert len(root.findall(f".//{SVG}polygon")) == 4  # one arrowhead per direction
    assert len(root.findall(f".//{SVG}circle[@class='node']")) == 4


def test_goldstein_colour_runs_red_to_blue():
    red, grey, blue = (tuple(int(c[i:i + 2], 16) for i in (1, 3, 5)) for c in (goldstein_colour(-10), goldstein_colour(0), goldstein_colour(10)))
    assert red[0] > red[2] and blue[2] > blue[0] and grey[0] == grey[2]
    assert goldstein_colour(None) == goldstein_colour(0)


def test_network_layout_is_deterministic_whatever_the_edge_order():
    assert actor_network_svg(EDGES) == actor_network_svg(list(reversed(EDGES)))


def test_network_links_nodes_and_escapes_names():
    svg = actor_network_svg([("a", "<b>Evil & Co</b>", "c", "Plain", 1, 1.0)], href=lambda i: f"/timeline?actors={i}&x=<")
    assert "<b>" not in svg and "&lt;b&gt;Evil &amp; Co&lt;/b&gt;" in svg
    hrefs = [a.get("href") for a in ET.fromstring(svg).findall(f".//{SVG}a")]
    assert hrefs == ["/timeline?actors=a&x=<", "/timeline?actors=c&x=<"]


def test_network_without_edges_between_two_actors_says_so():
    assert "No events" in actor_network_svg([("a", "A", "a", "A", 3, 0.0)])
