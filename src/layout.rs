//! A deterministic node-link layout for the relations map: the same analysis always gives
//! the same picture.
//!
//! Nodes are the entities that take part in a relation, then the most salient other names,
//! up to a limit. Positions start on a circle in salience order (so the most central
//! entities start next to each other) and settle under a force-directed model
//! (Fruchterman–Reingold: all nodes repel, linked nodes attract, the step cools every
//! round). No randomness, a fixed number of rounds: O(rounds × n²), about a million
//! steps for 60 nodes, a few milliseconds in WebAssembly.

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
    // Entities in relations first (in salience order, as entities are sorted), then other names.
    let mut chosen: Vec<EntityId> = Vec::new();
    let in_relation = |id: EntityId| analysis.relations.iter().any(|r| r.head == id || r.tail == id);
    for e in &analysis.entities {
        if chosen.len() < max_nodes && in_relation(e.id) {
            chosen.push(e.id);
        }
    }
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
    let (w, h) = ((width - 2.0 * margin).max(1.0), (height - 2.0 * margin).max(1.0));
    let (cx, cy) = (width / 2.0, height / 2.0);
    let mut pos: Vec<(f32, f32)> = (0..n)
        .map(|i| {
            let a = i as f32 / n.max(1) as f32 * std::f32::consts::TAU;
            // Two rings: the first dozen entities inside, the rest outside.
            let ring = if i < 12 { 0.25 } else { 0.45 };
            (cx + a.cos() * w * ring, cy + a.sin() * h * ring)
        })
        .collect();
    let k = (w * h / n.max(1) as f32).sqrt() * 0.6;
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
        for e in &edges {
            let (i, j) = (e.from, e.to);
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
            // rows with overlapping labels; unlinked groups stay near the middle too.
            let (gx, gy) = (cx - pos[i].0, cy - pos[i].1);
            let g = (gx * gx + gy * gy).sqrt() / k * GRAVITY;
            disp[i].0 += gx * g;
            disp[i].1 += gy * g;
            let len = (disp[i].0 * disp[i].0 + disp[i].1 * disp[i].1).sqrt().max(1e-6);
            let step = len.min(temp);
            pos[i].0 = (pos[i].0 + disp[i].0 / len * step).clamp(margin, width - margin);
            pos[i].1 = (pos[i].1 + disp[i].1 / len * step).clamp(margin, height - margin);
        }
        temp *= 0.985;
    }
    let nodes = chosen.iter().zip(&pos).map(|(&entity, &(x, y))| Node { entity, x: x.round(), y: y.round() }).collect();
    Layout { width, height, nodes, edges }
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
            (u * u * q.p0.0 + 2.0 * u * t * q.c.0 + t * t * q.p2.0, u * u * q.p0.1 + 2.0 * u * t * q.c.1 + t * t * q.p2.1)
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
                assert!((a.x - b.x).abs() + (a.y - b.y).abs() > 4.0, "nodes on top of each other: {a:?} {b:?}");
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
        let line = |y: f32| LabelledCurve { p0: (0.0, y), c: (100.0, y), p2: (200.0, y), size: (30.0, 10.0) };
        // Free: the middle of the curve.
        assert_eq!(place_labels(&[], &[line(0.0)]), vec![(100.0, 0.0)]);
        // A node's label in the middle: the label moves along its own curve, off it.
        let node_label = Rect::centred(100.0, 0.0, 20.0, 10.0);
        let p = place_labels(&[node_label], &[line(0.0)]);
        assert!(Rect::centred(p[0].0, p[0].1, 30.0, 10.0).overlap(&node_label) == 0.0, "{p:?}");
        // Two parallel curves close together: the second label gives way to the first.
        let p = place_labels(&[], &[line(0.0), line(4.0)]);
        assert_eq!(p[0], (100.0, 0.0));
        assert!(Rect::centred(p[1].0, p[1].1, 30.0, 10.0).overlap(&Rect::centred(100.0, 0.0, 30.0, 10.0)) == 0.0, "{p:?}");
        // Nowhere free: the least covered point, still on the curve.
        let wall = Rect { x0: -10.0, y0: -10.0, x1: 210.0, y1: 10.0 };
        let p = place_labels(&[wall], &[line(0.0)]);
        assert_eq!(p[0].1, 0.0);
    }

    #[test]
    fn node_limit_is_respected() {
        let a = analyze(crate::SEED_ARTICLE);
        assert!(layout(&a, 3, 600.0, 400.0).nodes.len() <= 3);
        assert!(layout(&a, 0, 600.0, 400.0).nodes.is_empty());
    }
}
