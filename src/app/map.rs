//! The Map panel: the entities that take part in facts as an SVG node-link diagram, from the
//! deterministic layout in `crate::layout` (the same article always gives the same picture).
//!
//! Each node shows its class twice, by colour and by shape (circle for people, square for
//! organizations, triangle for places, ...), with a legend; each edge carries its relation in
//! plain words and an arrow when the relation has a direction. Selecting an entity (here or
//! anywhere else) keeps its neighbourhood in full colour and dims the rest. Nodes are buttons
//! for the keyboard too. The drawing uses a `viewBox`, so it scales from the sidebar's width to
//! the enlarged overlay.

use super::doc::Doc;
use super::dom;
use crate::engine::{Class, EntityId};
use crate::layout::{layout, place_labels, spread, LabelledCurve, Layout, Rect};
use crate::state::{Action, ReaderState};
use std::collections::HashSet;
use yew::prelude::*;

/// A drawing's own size and the most nodes it holds. Each is about the size it is shown at,
/// so that text is drawn near its nominal size: the sidebar's map, and the enlarged map on a
/// wide screen or a phone.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Canvas {
    w: f32,
    h: f32,
    max_nodes: usize,
}
/// The sidebar's drawing holds the busiest score of entities: beyond that its labels crowd;
/// the enlarged map shows more.
const SIDEBAR: Canvas = Canvas { w: 340.0, h: 380.0, max_nodes: 20 };
const WIDE: Canvas = Canvas { w: 920.0, h: 600.0, max_nodes: 60 };
const TALL: Canvas = Canvas { w: 400.0, h: 660.0, max_nodes: 60 };
/// A node's radius, in drawing units.
const R: f32 = 9.0;
/// Labels longer than this wrap onto a second line.
const MAX_LABEL: usize = 18;
/// Glyph widths (generous for node labels: wide fonts and capitals) and line height of node
/// and edge labels (10.5 px semi-bold, 8.5 px; see `.node-label` and `.edge-label`), for
/// keeping labels apart.
const NODE_CHAR: f32 = 7.0;
const NODE_LINE: f32 = 11.6;
const EDGE_CHAR: f32 = 4.6;

#[derive(Properties, PartialEq)]
pub struct MapProps {
    pub doc: Doc,
    pub state: ReaderState,
    pub onaction: Callback<Action>,
}

/// The SVG shape of a class, centred on the origin: the second cue besides colour.
pub fn shape(class: Class, r: f32) -> Html {
    let poly = |pts: &[(f32, f32)]| {
        let points = pts
            .iter()
            .map(|(x, y)| format!("{:.1},{:.1}", x * r, y * r))
            .collect::<Vec<_>>()
            .join(" ");
        html! { <polygon class="shape" {points} /> }
    };
    match class {
        Class::Person => html! { <circle class="shape" r={r.to_string()} /> },
        Class::Organization => {
            let s = r * 0.9;
            html! { <rect class="shape" x={(-s).to_string()} y={(-s).to_string()} width={(2.0 * s).to_string()} height={(2.0 * s).to_string()} rx="2" /> }
        }
        Class::Place => poly(&[(0.0, -1.25), (1.15, 0.8), (-1.15, 0.8)]),
        Class::Group => poly(&[(0.0, -1.3), (1.3, 0.0), (0.0, 1.3), (-1.3, 0.0)]),
        Class::Thing => poly(&[
            (1.1, 0.0),
            (0.55, 0.95),
            (-0.55, 0.95),
            (-1.1, 0.0),
            (-0.55, -0.95),
            (0.55, -0.95),
        ]),
        Class::Amount => {
            poly(&[(0.0, -1.15), (1.1, -0.35), (0.68, 0.95), (-0.68, 0.95), (-1.1, -0.35)])
        }
        Class::Date => poly(&[(-1.15, -0.8), (1.15, -0.8), (0.0, 1.25)]),
    }
}

/// The shape's name, for the legend's text alternative.
fn shape_name(class: Class) -> &'static str {
    match class {
        Class::Person => "circle",
        Class::Organization => "square",
        Class::Place => "triangle",
        Class::Group => "diamond",
        Class::Thing => "hexagon",
        Class::Amount => "pentagon",
        Class::Date => "downward triangle",
    }
}

/// `name` as one or two label lines: a long name breaks at the space nearest its middle.
/// The first line keeps its trailing space so the label's text is the whole name, which is
/// also the node's accessible name.
fn label_lines(name: &str) -> Vec<String> {
    if name.chars().count() <= MAX_LABEL {
        return vec![name.to_string()];
    }
    let middle = name.len() / 2;
    let split = name.match_indices(' ').map(|(i, _)| i).min_by_key(|&i| i.abs_diff(middle));
    match split {
        Some(i) => vec![name[..=i].to_string(), name[i + 1..].to_string()],
        None => vec![name.to_string()],
    }
}

/// Stretches the nodes' bounding box over the drawing (less room for labels at the sides and
/// bottom), so that a layout that settled in the middle uses all the space there is.
fn fill(map: &mut Layout, canvas: Canvas) {
    // The bottom keeps room for a two-line label under the lowest node.
    let (pad_x, pad_top, pad_bottom) = (48.0, 24.0, 44.0);
    let (min_x, max_x) =
        map.nodes.iter().fold((f32::MAX, f32::MIN), |(a, b), n| (a.min(n.x), b.max(n.x)));
    let (min_y, max_y) =
        map.nodes.iter().fold((f32::MAX, f32::MIN), |(a, b), n| (a.min(n.y), b.max(n.y)));
    let stretch = |v: f32, lo: f32, hi: f32, from: f32, to: f32| {
        if hi - lo < 1.0 {
            (from + to) / 2.0
        } else {
            (from + (v - lo) / (hi - lo) * (to - from)).round()
        }
    };
    for n in &mut map.nodes {
        n.x = stretch(n.x, min_x, max_x, pad_x, canvas.w - pad_x);
        n.y = stretch(n.y, min_y, max_y, pad_top, canvas.h - pad_bottom);
    }
}

/// How a node's label at `x` is anchored: labels near the sides grow inwards so they stay
/// inside the drawing.
fn label_anchor(x: f32, width: f32) -> &'static str {
    if x < 70.0 {
        "start"
    } else if x > width - 70.0 {
        "end"
    } else {
        "middle"
    }
}

/// A node's label as a box relative to the node.
fn label_box(name: &str, x: f32, width: f32) -> Rect {
    let lines = label_lines(name);
    let w =
        lines.iter().map(|l| l.trim_end().chars().count()).max().unwrap_or(0) as f32 * NODE_CHAR;
    let x0 = match label_anchor(x, width) {
        "start" => -R,
        "end" => R - w,
        _ => -w / 2.0,
    };
    Rect { x0, y0: R + 3.0, x1: x0 + w, y1: R + 3.0 + lines.len() as f32 * NODE_LINE }
}

/// A node's shape and label together, relative to the node: what must not cover another's.
fn node_box(name: &str, x: f32, width: f32) -> Rect {
    let label = label_box(name, x, width);
    Rect { x0: label.x0.min(-R - 2.0), y0: -R - 2.0, x1: label.x1.max(R + 2.0), y1: label.y1 }
}

/// Moves `from` towards `to` by `d`.
fn toward(from: (f32, f32), to: (f32, f32), d: f32) -> (f32, f32) {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let len = (dx * dx + dy * dy).sqrt().max(1e-3);
    (from.0 + dx / len * d, from.1 + dy / len * d)
}

#[function_component]
pub fn Map(props: &MapProps) -> Html {
    let MapProps { doc, state, onaction } = props;
    // The enlarged map gets a drawing of its own, wide on a screen and tall on a phone.
    let canvas = match (state.map_expanded, dom::is_phone()) {
        (false, _) => SIDEBAR,
        (true, false) => WIDE,
        (true, true) => TALL,
    };
    // The layout runs once per article and drawing: its only inputs are the analysis and the
    // drawing's size.
    let map: std::rc::Rc<(Layout, usize)> = use_memo((doc.clone(), canvas), |(doc, canvas)| {
        let analysis = &doc.analysis;
        // Only entities in facts: a name without links says nothing on a map of links.
        let linked = analysis
            .entities
            .iter()
            .filter(|e| analysis.relations.iter().any(|r| r.head == e.id || r.tail == e.id))
            .count();
        let mut map = layout(analysis, linked.min(canvas.max_nodes), canvas.w, canvas.h);
        fill(&mut map, *canvas);
        // Then nodes move apart until no node's shape and label covers another's.
        let boxes: Vec<Rect> = map
            .nodes
            .iter()
            .map(|n| node_box(&analysis.entity(n.entity).name, n.x, canvas.w))
            .collect();
        spread(
            &mut map.nodes,
            &boxes,
            Rect { x0: 4.0, y0: 4.0, x1: canvas.w - 4.0, y1: canvas.h - 4.0 },
        );
        (map, linked)
    });
    // The entities in facts that the drawing has no room for.
    let left_out = map.1.saturating_sub(map.0.nodes.len());
    let map = &map.0;
    let analysis = &doc.analysis;
    let selected = state.selected;

    // The selection's neighbourhood: itself and every node one drawn edge away.
    let mut near: HashSet<EntityId> = HashSet::new();
    if let Some(id) = selected {
        near.insert(id);
        for e in &map.edges {
            let (a, b) = (map.nodes[e.from].entity, map.nodes[e.to].entity);
            if a == id || b == id {
                near.insert(a);
                near.insert(b);
            }
        }
    }
    let dim = |id: EntityId| selected.is_some() && !near.contains(&id);

    // Facts between the same two entities bend apart so that none hides another.
    let pair = |a: usize, b: usize| (a.min(b), a.max(b));
    let drawn: Vec<(&crate::layout::Edge, LabelledCurve)> = map
        .edges
        .iter()
        .enumerate()
        .filter(|(_, e)| e.from != e.to)
        .map(|(k, e)| {
            let siblings: Vec<usize> = map
                .edges
                .iter()
                .enumerate()
                .filter(|(_, o)| pair(o.from, o.to) == pair(e.from, e.to))
                .map(|(j, _)| j)
                .collect();
            let rank = siblings.iter().position(|&j| j == k).unwrap_or(0) as f32;
            let bend = (rank - (siblings.len() as f32 - 1.0) / 2.0) * 34.0;
            let (a, b) = (&map.nodes[e.from], &map.nodes[e.to]);
            let (p0, p2) = ((a.x, a.y), (b.x, b.y));
            let (dx, dy) = (p2.0 - p0.0, p2.1 - p0.1);
            let len = (dx * dx + dy * dy).sqrt().max(1e-3);
            // Bend to the same side for the same pair whichever way the edge points.
            let sign = if e.from <= e.to { 1.0 } else { -1.0 };
            let c = (
                (p0.0 + p2.0) / 2.0 - dy / len * bend * sign,
                (p0.1 + p2.1) / 2.0 + dx / len * bend * sign,
            );
            let phrase = analysis.relations[e.relation].ty.phrase();
            (
                e,
                LabelledCurve {
                    p0,
                    c,
                    p2,
                    size: (phrase.chars().count() as f32 * EDGE_CHAR + 4.0, 10.0),
                },
            )
        })
        .collect();
    // Edge labels go where they cover no node, node label or other edge label, if they can.
    let mut obstacles: Vec<Rect> = Vec::new();
    for n in &map.nodes {
        obstacles.push(Rect::centred(n.x, n.y, 2.0 * R + 4.0, 2.0 * R + 4.0));
        let label = label_box(&analysis.entity(n.entity).name, n.x, canvas.w);
        obstacles.push(Rect {
            x0: n.x + label.x0,
            y0: n.y + label.y0,
            x1: n.x + label.x1,
            y1: n.y + label.y1,
        });
    }
    let spots = place_labels(&obstacles, &drawn.iter().map(|(_, q)| *q).collect::<Vec<_>>());
    let edges = drawn.iter().zip(spots).map(|((e, q), spot)| {
        let r = &analysis.relations[e.relation];
        let directed = !r.ty.is_symmetric();
        let start = toward(q.p0, q.c, R + 2.0);
        let end = toward(q.p2, q.c, if directed { R + 5.0 } else { R + 2.0 });
        let d = format!("M{:.1},{:.1} Q{:.1},{:.1} {:.1},{:.1}", start.0, start.1, q.c.0, q.c.1, end.0, end.1);
        let faded = selected.is_some() && selected != Some(r.head) && selected != Some(r.tail);
        html! {
            <g class={classes!("edge", faded.then_some("dim"))} data-relation={e.relation.to_string()}>
                <path {d} marker-end={directed.then_some("url(#map-arrow)")} />
                <text class="edge-label" x={format!("{:.1}", spot.0)} y={format!("{:.1}", spot.1 + 3.0)} text-anchor="middle">{ r.ty.phrase() }</text>
            </g>
        }
    });

    let nodes = map.nodes.iter().map(|n| {
        let e = analysis.entity(n.entity);
        let class = e.ty.class();
        let id = n.entity;
        let is_selected = selected == Some(id);
        let onclick = {
            let onaction = onaction.clone();
            Callback::from(move |_: MouseEvent| onaction.emit(Action::SelectInPanel(id)))
        };
        let onkeydown = {
            let onaction = onaction.clone();
            Callback::from(move |ev: KeyboardEvent| {
                if ev.key() == "Enter" || ev.key() == " " {
                    // Space would otherwise scroll the sidebar.
                    ev.prevent_default();
                    onaction.emit(Action::SelectInPanel(id));
                }
            })
        };
        let anchor = label_anchor(n.x, canvas.w);
        let lx = match anchor {
            "start" => -R,
            "end" => R,
            _ => 0.0,
        };
        html! {
            <g class={classes!("node", format!("hl-{}", class.key()), is_selected.then_some("is-selected"), dim(id).then_some("dim"))}
                transform={format!("translate({},{})", n.x, n.y)} role="button" tabindex="0"
                aria-label={format!("{}, {}", e.name, class.singular().to_lowercase())} aria-pressed={is_selected.to_string()}
                data-entity={e.slug.clone()} {onclick} {onkeydown}>
                <title>{ format!("{} ({})", e.name, class.singular().to_lowercase()) }</title>
                { shape(class, R) }
                <text class="node-label" x={lx.to_string()} y={(R + 12.0).to_string()} text-anchor={anchor}>
                    { for label_lines(&e.name).into_iter().enumerate().map(|(k, line)| html! {
                        <tspan x={lx.to_string()} dy={if k == 0 { "0" } else { "1.1em" }}>{ line }</tspan>
                    }) }
                </text>
            </g>
        }
    });

    let mut classes: Vec<Class> =
        map.nodes.iter().map(|n| analysis.entity(n.entity).ty.class()).collect();
    crate::engine::sort::natural(&mut classes);
    classes.dedup();
    let legend = classes.iter().map(|&class| {
        html! {
            <li class={format!("hl-{}", class.key())}>
                <svg class="legend-shape" viewBox="-12 -12 24 24" width="14" height="14" aria-hidden="true">{ shape(class, 9.0) }</svg>
                { class.singular() }
                <span class="visually-hidden">{ format!(" ({})", shape_name(class)) }</span>
            </li>
        }
    });

    let expanded = state.map_expanded;
    let toggle = {
        let onaction = onaction.clone();
        Callback::from(move |_: MouseEvent| onaction.emit(Action::ExpandMap(!expanded)))
    };
    let more = {
        let onaction = onaction.clone();
        Callback::from(move |_: MouseEvent| onaction.emit(Action::ExpandMap(true)))
    };
    let note = match selected {
        Some(id) if !map.nodes.iter().any(|n| n.entity == id) => Some(format!(
            "{} takes part in no facts, so it is not on the map.",
            analysis.entity(id).name
        )),
        _ => None,
    };

    // The drawing's proportions, for the enlarged frame's size: set as custom properties
    // through the CSSOM, which a strict Content-Security-Policy allows (a `style` attribute it
    // does not).
    let frame = use_node_ref();
    {
        let frame = frame.clone();
        use_effect_with(
            (canvas.w.to_bits(), canvas.h.to_bits(), map.nodes.is_empty()),
            move |_| {
                if let Some(el) = frame.cast::<web_sys::HtmlElement>() {
                    let style = el.style();
                    let _ = style.set_property("--map-w", &canvas.w.to_string());
                    let _ = style.set_property("--map-h", &canvas.h.to_string());
                }
            },
        );
    }
    if map.nodes.is_empty() {
        return html! {
            <div class="map">
                <p class="empty">{ "No map for this article: the engine found no facts linking its names." }</p>
            </div>
        };
    }
    html! {
        <div class={classes!("map", expanded.then_some("map-expanded"))}>
            if expanded {
                <div class="map-backdrop" onclick={toggle.clone()}></div>
            }
            <div class="map-frame" ref={frame}>
                <div class="map-bar">
                    <p class="map-hint">{ "Click a node to select it." }</p>
                    <button type="button" class="link-button map-toggle" onclick={toggle} aria-pressed={expanded.to_string()}>
                        { if expanded { "Close (Esc)" } else { "Enlarge" } }
                    </button>
                </div>
                <svg class={classes!("map-svg", selected.is_some().then_some("has-selection"))}
                    viewBox={format!("0 0 {} {}", canvas.w, canvas.h)} role="group"
                    aria-label={format!("Map of {} entities and {} facts", map.nodes.len(), map.edges.len())}
                    data-nodes={map.nodes.len().to_string()} data-edges={map.edges.len().to_string()}>
                    <defs>
                        <marker id="map-arrow" class="map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                            <path d="M0,1 L10,5 L0,9 z" />
                        </marker>
                    </defs>
                    <g class="edges">{ for edges }</g>
                    <g class="nodes">{ for nodes }</g>
                </svg>
                if let Some(note) = note { <p class="map-note">{ note }</p> }
                if left_out > 0 {
                    if expanded {
                        <p class="map-note">{ format!("The {} busiest entities; {left_out} more take part in facts (the Facts tab lists them all).", map.nodes.len()) }</p>
                    } else {
                        <button type="button" class="link-button map-more" onclick={more}>
                            { format!("+{left_out} more: enlarge the map") }
                        </button>
                    }
                }
                <ul class="map-legend" aria-label="Shapes">{ for legend }</ul>
            </div>
        </div>
    }
}
