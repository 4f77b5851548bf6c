//! A deterministic node-link layout for the relations map: the same analysis always gives
//! the same picture.
//!
//! Nodes are the entities that take part in a relation, then the most salient other names,
//! up to a limit. Each connected component (in a long article, each story) is laid out on
//! its own: positions start on a circle in salience order (so the most central entities
//! start next to each other) and settle under a force-directed model (Fruchterman–Reingold:
//! all nodes repel, linked nodes attract, the step cools every round). The components'
//! boxes are then packed in rows to the drawing's aspect (`pack`). No randomness, a fixed
//! number of rounds: O(rounds × n²), about a million steps for 60 nodes, a few milliseconds
//! in WebAssembly. [`spread`] pushes apart nodes whose labels would overlap, and
//! [`place_labels`] puts each edge's label where it covers least.

use crate::engine::{Analysis, EntityId, EntityType};

/// One entity placed on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub entity: EntityId,
    pub x: f32,
    pub y: f32,
}

/// One relation drawn between two nodes (indices into `Layout::nodes`).
#[derive(Clone, Debug, PartialEq)]
pub struct Edge {
    /// Index into `Analysis::relations`.
    pub relation: usize,
    pub from: usize,
    pub to: usize,
}

/// Node positions inside a `width` × `height` box, with a margin for labels.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub width: f32,
    pub height: f32,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

const ROUNDS: usize = 300;
/// The centre pull's strength relative to a spring's.
const GRAVITY: f32 = 0.3;

/// Lays out at most `max_nodes` entities of `analysis` in a `width` × `height` box.
pub fn layout(analysis: &Analysis, max_nodes: usize, width: f32, height: f32) -> Layout {
    // Entities in relations first (in salience order, as entities are sorted); when they are
    // more than the drawing holds, the busiest part of the story: facts taken whole (both
    // ends), those between the most connected entities first, until the drawing is full.
    let degree =
        |id: EntityId| analysis.relations.iter().filter(|r| r.head == id || r.tail == id).count();
    let mut linked: Vec<(usize, EntityId)> =
        analysis.entities.iter().map(|e| (degree(e.id), e.id)).filter(|&(d, _)| d > 0).collect();
    if linked.len() > max_nodes {
        let mut facts: Vec<&crate::engine::Relation> = analysis.relations.iter().collect();
        // Stable: equally busy facts keep their order (most confident first).
        crate::engine::sort::by_key(&mut facts, |r| {
            std::cmp::Reverse(degree(r.head) + degree(r.tail))
        });
        let mut keep: Vec<EntityId> = Vec::new();
        for r in facts {
            let new: Vec<EntityId> =
                [r.head, r.tail].into_iter().filter(|id| !keep.contains(id)).collect();
            if keep.len() + new.len() <= max_nodes {
                keep.extend(new);
            }
        }
        linked.retain(|(_, id)| keep.contains(id));
    }
    let mut chosen: Vec<EntityId> = linked.into_iter().map(|(_, id)| id).collect();
    for e in &analysis.entities {
        let is_name = !matches!(e.ty, EntityType::Money | EntityType::Percent | EntityType::Date);
        if chosen.len() < max_nodes && is_name && !chosen.contains(&e.id) {
            chosen.push(e.id);
        }
    }
    let index = |id: EntityId| chosen.iter().position(|&c| c == id);
    let edges: Vec<Edge> = analysis
        .relations
        .iter()
        .enumerate()
        .filter_map(|(i, r)| Some(Edge { relation: i, from: index(r.head)?, to: index(r.tail)? }))
        .collect();

    let n = chosen.len();
    let margin = 40.0_f32;
    let pos = pack(&components(n, &edges), &edges, width, height, margin);
    let nodes = chosen
        .iter()
        .zip(&pos)
        .map(|(&entity, &(x, y))| Node { entity, x: x.round(), y: y.round() })
        .collect();
    Layout { width, height, nodes, edges }
}

/// The connected components of the graph with `n` nodes, largest first (ties: the one
/// with the earliest, that is most salient, node first); nodes in each in index order.
fn components(n: usize, edges: &[Edge]) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for e in edges {
        let (a, b) = (root(&mut parent, e.from), root(&mut parent, e.to));
        if a != b {
            parent[a.max(b)] = a.min(b);
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut slot: Vec<Option<usize>> = vec![None; n];
    for i in 0..n {
        let r = root(&mut parent, i);
        match slot[r] {
            Some(g) => groups[g].push(i),
            None => {
                slot[r] = Some(groups.len());
                groups.push(vec![i]);
            }
        }
    }
    crate::engine::sort::by_key(&mut groups, |g| (std::cmp::Reverse(g.len()), g[0]));
    groups
}

/// Force-directed positions for one component's `n` nodes in a `w` × `h` box
/// (Fruchterman–Reingold, see the module notes). `edges` use the component's own indices.
fn settle(n: usize, edges: &[(usize, usize)], w: f32, h: f32) -> Vec<(f32, f32)> {
    let (cx, cy) = (w / 2.0, h / 2.0);
    if n == 1 {
        return vec![(cx, cy)];
    }
    let mut pos: Vec<(f32, f32)> = (0..n)
        .map(|i| {
            let a = i as f32 / n as f32 * std::f32::consts::TAU;
            // Two rings: the first dozen entities inside, the rest outside.
            let ring = if i < 12 { 0.25 } else { 0.45 };
            (cx + a.cos() * w * ring, cy + a.sin() * h * ring)
        })
        .collect();
    let k = (w * h / n as f32).sqrt() * 0.75;
    let mut temp = w.min(h) / 8.0;
    for _ in 0..ROUNDS {
        let mut disp = vec![(0.0_f32, 0.0_f32); n];
        for i in 0..n {
            for j in (i + 1)..n {
                let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                let d2 = (dx * dx + dy * dy).max(0.01);
                let f = k * k / d2;
                disp[i].0 += dx * f;
                disp[i].1 += dy * f;
                disp[j].0 -= dx * f;
                disp[j].1 -= dy * f;
            }
        }
        for &(i, j) in edges {
            if i == j {
                continue;
            }
            let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
            let d = (dx * dx + dy * dy).sqrt().max(0.1);
            let f = d / k;
            disp[i].0 -= dx * f;
            disp[i].1 -= dy * f;
            disp[j].0 += dx * f;
            disp[j].1 += dy * f;
        }
        for i in 0..n {
            // A pull to the centre, growing like the springs' (d²/k), keeps the repulsion of
            // every other node from pressing nodes flat against the walls, where they sat in
            // rows with overlapping labels.
            let (gx, gy) = (cx - pos[i].0, cy - pos[i].1);
            let g = (gx * gx + gy * gy).sqrt() / k * GRAVITY;
            disp[i].0 += gx * g;
            disp[i].1 += gy * g;
            let len = (disp[i].0 * disp[i].0 + disp[i].1 * disp[i].1).sqrt().max(1e-6);
            let step = len.min(temp);
            pos[i].0 = (pos[i].0 + disp[i].0 / len * step).clamp(0.0, w);
            pos[i].1 = (pos[i].1 + disp[i].1 / len * step).clamp(0.0, h);
        }
        temp *= 0.985;
    }
    pos
}

/// Lays out each component on its own, in a square box whose area grows with its node
/// count, then packs the boxes in rows (largest first) to the drawing's aspect and scales the
/// whole to fit inside the margins. Separate stories in one article become separate islands
/// instead of one knot in the middle.
fn pack(
    groups: &[Vec<usize>],
    edges: &[Edge],
    width: f32,
    height: f32,
    margin: f32,
) -> Vec<(f32, f32)> {
    /// A component's box side per square root of its node count, and the gap between boxes.
    const UNIT: f32 = 100.0;
    const GAP: f32 = 40.0;
    let n: usize = groups.iter().map(Vec::len).sum();
    let mut pos = vec![(width / 2.0, height / 2.0); n];
    if n == 0 {
        return pos;
    }
    // A pair needs room for two labels side by side, hence the floor for small components.
    let sides: Vec<f32> = groups
        .iter()
        .map(|g| if g.len() == 1 { UNIT } else { ((g.len() as f32).sqrt() * UNIT).max(2.0 * UNIT) })
        .collect();
    // Rows of boxes: of the row widths worth trying (each first-row prefix), the one whose
    // packing can be drawn largest in the drawing's box.
    let (w, h) = ((width - 2.0 * margin).max(1.0), (height - 2.0 * margin).max(1.0));
    let shelves = |row_width: f32| -> (Vec<(f32, f32)>, f32, f32) {
        let (mut x, mut y, mut row_h, mut span_x) = (0.0_f32, 0.0_f32, 0.0_f32, 0.0_f32);
        let mut boxes = Vec::with_capacity(sides.len());
        for &side in &sides {
            if x > 0.0 && x + side > row_width + 0.5 {
                x = 0.0;
                y += row_h + GAP;
                row_h = 0.0;
            }
            boxes.push((x, y));
            span_x = span_x.max(x + side);
            x += side + GAP;
            row_h = row_h.max(side);
        }
        (boxes, span_x, y + row_h)
    };
    let mut best = shelves(sides[0]);
    let mut prefix = 0.0;
    for &side in &sides {
        prefix += side + if prefix > 0.0 { GAP } else { 0.0 };
        let candidate = shelves(prefix);
        if (w / candidate.1).min(h / candidate.2) > (w / best.1).min(h / best.2) {
            best = candidate;
        }
    }
    let boxes = best.0;
    for ((g, &side), &(bx, by)) in groups.iter().zip(&sides).zip(&boxes) {
        let index = |node: usize| g.iter().position(|&m| m == node);
        let inner: Vec<(usize, usize)> =
            edges.iter().filter_map(|e| Some((index(e.from)?, index(e.to)?))).collect();
        for (k, p) in settle(g.len(), &inner, side, side).into_iter().enumerate() {
            pos[g[k]] = (bx + p.0, by + p.1);
        }
    }
    // Scale the packing uniformly into the drawing, centred.
    let (min_x, max_x) =
        pos.iter().fold((f32::MAX, f32::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
    let (min_y, max_y) =
        pos.iter().fold((f32::MAX, f32::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
    let (span_x, span_y) = ((max_x - min_x).max(1.0), (max_y - min_y).max(1.0));
    let scale = (w / span_x).min(h / span_y);
    let (off_x, off_y) = (margin + (w - span_x * scale) / 2.0, margin + (h - span_y * scale) / 2.0);
    for p in &mut pos {
        *p = (off_x + (p.0 - min_x) * scale, off_y + (p.1 - min_y) * scale);
    }
    pos
}

/// Pushes apart nodes whose boxes (each node's shape and label, as a box relative to the
/// node's position) overlap, along the axis where they overlap least, keeping every box
/// inside `bounds`. A few sweeps of pairwise moves: O(sweeps × n²), deterministic.
pub fn spread(nodes: &mut [Node], boxes: &[Rect], bounds: Rect) {
    const SWEEPS: usize = 60;
    let n = nodes.len().min(boxes.len());
    let at = |nodes: &[Node], i: usize| Rect {
        x0: nodes[i].x + boxes[i].x0,
        y0: nodes[i].y + boxes[i].y0,
        x1: nodes[i].x + boxes[i].x1,
        y1: nodes[i].y + boxes[i].y1,
    };
    for _ in 0..SWEEPS {
        let mut moved = false;
        for i in 0..n {
            for j in i + 1..n {
                let (a, b) = (at(nodes, i), at(nodes, j));
                let ox = a.x1.min(b.x1) - a.x0.max(b.x0);
                let oy = a.y1.min(b.y1) - a.y0.max(b.y0);
                if ox <= 0.0 || oy <= 0.0 {
                    continue;
                }
                moved = true;
                // Half each, plus a little, away from each other (by index when level).
                if ox < oy {
                    let d = (ox / 2.0 + 1.0).copysign(
                        if nodes[i].x < nodes[j].x || (nodes[i].x == nodes[j].x && i < j) {
                            -1.0
                        } else {
                            1.0
                        },
                    );
                    nodes[i].x += d;
                    nodes[j].x -= d;
                } else {
                    let d = (oy / 2.0 + 1.0).copysign(
                        if nodes[i].y < nodes[j].y || (nodes[i].y == nodes[j].y && i < j) {
                            -1.0
                        } else {
                            1.0
                        },
                    );
                    nodes[i].y += d;
                    nodes[j].y -= d;
                }
            }
        }
        for (node, b) in nodes.iter_mut().zip(boxes) {
            node.x = node.x.clamp(bounds.x0 - b.x0, (bounds.x1 - b.x1).max(bounds.x0 - b.x0));
            node.y = node.y.clamp(bounds.y0 - b.y0, (bounds.y1 - b.y1).max(bounds.y0 - b.y0));
        }
        if !moved {
            break;
        }
    }
    for node in nodes.iter_mut() {
        node.x = node.x.round();
        node.y = node.y.round();
    }
}

/// An axis-aligned box in drawing units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

impl Rect {
    /// The box of the given size centred on (x, y).
    pub fn centred(x: f32, y: f32, w: f32, h: f32) -> Rect {
        Rect { x0: x - w / 2.0, y0: y - h / 2.0, x1: x + w / 2.0, y1: y + h / 2.0 }
    }

    /// The area this box shares with `o`.
    pub fn overlap(&self, o: &Rect) -> f32 {
        let w = (self.x1.min(o.x1) - self.x0.max(o.x0)).max(0.0);
        let h = (self.y1.min(o.y1) - self.y0.max(o.y0)).max(0.0);
        w * h
    }
}

/// A quadratic curve from `p0` to `p2` bent towards `c`, with a label of the given size.
#[derive(Clone, Copy, Debug)]
pub struct LabelledCurve {
    pub p0: (f32, f32),
    pub c: (f32, f32),
    pub p2: (f32, f32),
    pub size: (f32, f32),
}

/// Where along its curve each label goes: the middle unless that covers a node, a node's
/// label or a label placed before it, else the first free point further out (0.4, 0.6,
/// 0.3, ...), else the point where it covers least. Greedy and deterministic, in the order
/// given; O(labels × (labels + obstacles)).
pub fn place_labels(obstacles: &[Rect], curves: &[LabelledCurve]) -> Vec<(f32, f32)> {
    const ALONG: [f32; 7] = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78];
    let mut placed: Vec<Rect> = Vec::with_capacity(curves.len());
    let mut out = Vec::with_capacity(curves.len());
    for q in curves {
        let at = |t: f32| {
            let u = 1.0 - t;
            (
                u * u * q.p0.0 + 2.0 * u * t * q.c.0 + t * t * q.p2.0,
                u * u * q.p0.1 + 2.0 * u * t * q.c.1 + t * t * q.p2.1,
            )
        };
        let cost = |p: (f32, f32)| {
            let r = Rect::centred(p.0, p.1, q.size.0, q.size.1);
            obstacles.iter().chain(&placed).map(|o| r.overlap(o)).sum::<f32>()
        };
        let mut best = (f32::MAX, at(0.5));
        for t in ALONG {
            let p = at(t);
            let c = cost(p);
            if c < best.0 {
                best = (c, p);
            }
            if c == 0.0 {
                break;
            }
        }
        placed.push(Rect::centred(best.1 .0, best.1 .1, q.size.0, q.size.1));
        out.push(best.1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::analyze;

    const TEXT: &str = "Acme Corp and Globex Inc signed a partnership. Globex Inc rivals Initech. \
        Jane Smith of Acme Corp spoke in Paris. Acme Corp raised $5 million.";

    #[test]
    fn same_analysis_gives_the_same_layout() {
        let a = analyze(TEXT);
        assert_eq!(layout(&a, 60, 600.0, 400.0), layout(&a, 60, 600.0, 400.0));
    }

    #[test]
    fn nodes_stay_inside_the_box_and_apart() {
        let a = analyze(crate::SEED_ARTICLE);
        let l = layout(&a, 60, 600.0, 400.0);
        assert!(!l.nodes.is_empty());
        assert!(l.nodes.len() <= 60);
        for n in &l.nodes {
            assert!((40.0..=560.0).contains(&n.x) && (40.0..=360.0).contains(&n.y), "{n:?}");
        }
        for (i, a) in l.nodes.iter().enumerate() {
            for b in &l.nodes[i + 1..] {
                assert!(
                    (a.x - b.x).abs() + (a.y - b.y).abs() > 4.0,
                    "nodes on top of each other: {a:?} {b:?}"
                );
            }
        }
    }

    #[test]
    fn every_edge_joins_two_placed_nodes() {
        let a = analyze(TEXT);
        let l = layout(&a, 60, 600.0, 400.0);
        for e in &l.edges {
            let r = &a.relations[e.relation];
            assert_eq!((l.nodes[e.from].entity, l.nodes[e.to].entity), (r.head, r.tail));
        }
    }

    #[test]
    fn labels_keep_the_middle_when_free_and_move_off_what_they_would_cover() {
        let line = |y: f32| LabelledCurve {
            p0: (0.0, y),
            c: (100.0, y),
            p2: (200.0, y),
            size: (30.0, 10.0),
        };
        // Free: the middle of the curve.
        assert_eq!(place_labels(&[], &[line(0.0)]), vec![(100.0, 0.0)]);
        // A node's label in the middle: the label moves along its own curve, off it.
        let node_label = Rect::centred(100.0, 0.0, 20.0, 10.0);
        let p = place_labels(&[node_label], &[line(0.0)]);
        assert!(Rect::centred(p[0].0, p[0].1, 30.0, 10.0).overlap(&node_label) == 0.0, "{p:?}");
        // Two parallel curves close together: the second label gives way to the first.
        let p = place_labels(&[], &[line(0.0), line(4.0)]);
        assert_eq!(p[0], (100.0, 0.0));
        assert!(
            Rect::centred(p[1].0, p[1].1, 30.0, 10.0)
                .overlap(&Rect::centred(100.0, 0.0, 30.0, 10.0))
                == 0.0,
            "{p:?}"
        );
        // Nowhere free: the least covered point, still on the curve.
        let wall = Rect { x0: -10.0, y0: -10.0, x1: 210.0, y1: 10.0 };
        let p = place_labels(&[wall], &[line(0.0)]);
        assert_eq!(p[0].1, 0.0);
    }

    #[test]
    fn spread_removes_overlaps_inside_the_bounds() {
        let node = |x: f32, y: f32| Node { entity: EntityId(0), x, y };
        let mut nodes =
            vec![node(100.0, 100.0), node(104.0, 102.0), node(300.0, 100.0), node(100.0, 100.0)];
        let boxes = vec![Rect { x0: -30.0, y0: -10.0, x1: 30.0, y1: 20.0 }; 4];
        let bounds = Rect { x0: 0.0, y0: 0.0, x1: 400.0, y1: 300.0 };
        spread(&mut nodes, &boxes, bounds);
        let at = |n: &Node| Rect { x0: n.x - 30.0, y0: n.y - 10.0, x1: n.x + 30.0, y1: n.y + 20.0 };
        for (i, a) in nodes.iter().enumerate() {
            let r = at(a);
            assert!(
                r.x0 >= 0.0 && r.y0 >= 0.0 && r.x1 <= 400.0 && r.y1 <= 300.0,
                "{a:?} leaves the bounds"
            );
            for b in &nodes[i + 1..] {
                assert_eq!(r.overlap(&at(b)), 0.0, "{a:?} and {b:?} overlap");
            }
        }
        // A node that overlapped nothing stays where it was.
        assert_eq!((nodes[2].x, nodes[2].y), (300.0, 100.0));
    }

    #[test]
    fn separate_stories_become_separate_islands() {
        // Four stories with no fact between them: each story's nodes keep to a box of their
        // own that no other story's box crosses.
        let a = analyze(
            "Business news\nAcme Corp raised $5 million on Monday. Jane Smith of Acme Corp spoke.\n\
             Globex Inc acquired Hooli Inc. Tom Baker of Globex Inc spoke.\n\
             Vandelay Industries raised $9 million on Tuesday. Ann Lee of Vandelay Industries spoke.\n\
             Umbrella Corp acquired Soylent Corp. Raj Patel of Umbrella Corp spoke.",
        );
        let l = layout(&a, 60, 600.0, 400.0);
        let id = |name: &str| {
            a.entities
                .iter()
                .find(|e| e.name == name)
                .map(|e| e.id)
                .unwrap_or_else(|| panic!("{name} not found"))
        };
        // Each story's nodes: the entity and every entity in a fact with it.
        let story = |who| -> Vec<(f32, f32)> {
            let mut ids = vec![who];
            for r in &a.relations {
                if r.head == who {
                    ids.push(r.tail)
                }
                if r.tail == who {
                    ids.push(r.head)
                }
            }
            l.nodes.iter().filter(|n| ids.contains(&n.entity)).map(|n| (n.x, n.y)).collect()
        };
        let bbox = |ps: &[(f32, f32)]| {
            ps.iter().fold(
                Rect { x0: f32::MAX, y0: f32::MAX, x1: f32::MIN, y1: f32::MIN },
                |r, p| Rect {
                    x0: r.x0.min(p.0),
                    y0: r.y0.min(p.1),
                    x1: r.x1.max(p.0),
                    y1: r.y1.max(p.1),
                },
            )
        };
        let boxes: Vec<Rect> = ["Acme Corp", "Globex Inc", "Vandelay Industries", "Umbrella Corp"]
            .iter()
            .map(|name| {
                let nodes = story(id(name));
                assert!(nodes.len() >= 3, "{name}: {:?}", a.relations);
                bbox(&nodes)
            })
            .collect();
        for (i, x) in boxes.iter().enumerate() {
            for y in &boxes[i + 1..] {
                let apart = x.x1 < y.x0 || y.x1 < x.x0 || x.y1 < y.y0 || y.y1 < x.y0;
                assert!(apart, "two stories' boxes cross: {x:?} {y:?}");
            }
        }
    }

    #[test]
    fn node_limit_is_respected() {
        let a = analyze(crate::SEED_ARTICLE);
        assert!(layout(&a, 3, 600.0, 400.0).nodes.len() <= 3);
        assert!(layout(&a, 0, 600.0, 400.0).nodes.is_empty());
    }
}
