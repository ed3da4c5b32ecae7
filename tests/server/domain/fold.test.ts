import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../common/events';
import { foldEvent } from '../../../server/domain/fold';
import { emptyTouched, type WallState } from '../../../server/domain/state';
import { freshState } from '../../support/baseline';

const at = '2026-11-26T09:00:00.000Z';

function foldAll(events: DomainEvent[], start: WallState = freshState()) {
  const touched = emptyTouched();
  const state = events.reduce((s, e) => foldEvent(s, e, { seq: s.seq + 1, at }, touched), start);
  return { state, touched, start };
}

describe('foldEvent', () => {
  it('counts an appeal in the total, its category and its town, and puts it on the ticker', () => {
    const { state, start, touched } = foldAll([
      { id: 'a1', type: 'appeal.handled', town: '大圩镇', category: '社会治安', summary: '夜间噪音' },
    ]);
    expect(state.values['appeals.handled']).toBe(start.values['appeals.handled'] + 1);
    expect(state.breakdowns.appealsByTown['大圩镇']).toBe(start.breakdowns.appealsByTown['大圩镇']! + 1);
    expect(state.breakdowns.appealsByCategory['社会治安']).toBe(start.breakdowns.appealsByCategory['社会治安']! + 1);
    expect(state.recent[0]).toMatchObject({ id: 'a1', seq: 1, town: '大圩镇', summary: '夜间噪音' });
    expect([...touched.metrics]).toEqual(['appeals.handled']);
    expect(state.seq).toBe(1);
  });

  it('never mutates the state it is given', () => {
    const start = freshState();
    const before = JSON.stringify({ ...start, known: [...start.known.orgs] });
    foldAll(
      [
        { id: 'a', type: 'appeal.handled', town: '灵川镇', category: '其他' },
        { id: 'b', type: 'org.activity', org: '新支部', members: 3 },
      ],
      start,
    );
    expect(JSON.stringify({ ...start, known: [...start.known.orgs] })).toBe(before);
  });

  it('raises active organizations only for an organization not seen before', () => {
    const { state, start } = foldAll([
      { id: '1', type: 'org.activity', org: '七彩社区党支部', members: 20 },
      { id: '2', type: 'org.activity', org: '七彩社区党支部', members: 15 },
      { id: '3', type: 'org.activity', org: '桂康新材料党支部', members: 5 },
    ]);
    expect(state.values['orgs.active']).toBe(start.values['orgs.active'] + 2);
    expect(state.values['members.active']).toBe(start.values['members.active'] + 40);
  });

  it('counts a newly introduced project once and adds every investment', () => {
    const { state, start } = foldAll([
      { id: '1', type: 'project.introduced', name: '新材料产业园', investmentYuan: 1e8 },
      { id: '2', type: 'project.introduced', name: '新材料产业园', investmentYuan: 5e7 },
      { id: '3', type: 'project.introduced', name: '桂康物流', investmentYuan: 1e6 },
    ]);
    expect(state.values['projects.introduced']).toBe(start.values['projects.introduced'] + 1);
    expect(state.values['projects.investmentYuan']).toBe(start.values['projects.investmentYuan'] + 1.51e8);
  });

  it('adds land by project and demolition, volunteers and posts by their counts', () => {
    const { state, start } = foldAll([
      { id: '1', type: 'land.acquired', project: '西货运中心站', mu: 12.5 },
      { id: '2', type: 'land.demolished', project: '西货运中心站', m2: 300 },
      { id: '3', type: 'volunteer.mobilized', count: 25 },
      { id: '4', type: 'post.established', count: 2 },
      { id: '5', type: 'participant.joined' },
      { id: '6', type: 'wish.fulfilled', town: '潮田乡' },
      { id: '7', type: 'appeal.resolved', town: '潮田乡', category: '其他' },
    ]);
    expect(state.values['land.acquiredMu']).toBe(start.values['land.acquiredMu'] + 12.5);
    expect(state.breakdowns.landByProject['西货运中心站']).toBe(start.breakdowns.landByProject['西货运中心站']! + 12.5);
    expect(state.values['land.demolishedM2']).toBe(start.values['land.demolishedM2'] + 300);
    expect(state.values['volunteers.mobilized']).toBe(3446 + 25);
    expect(state.values['volunteers.posts']).toBe(300 + 2);
    expect(state.values['platform.participants']).toBe(3700 + 1);
    expect(state.values['wishes.fulfilled']).toBe(2500 + 1);
    expect(state.values['appeals.resolved']).toBe(start.values['appeals.resolved'] + 1);
    expect(state.recent.map((r) => r.id)).toEqual(['7', '6']);
  });

  it('sets a corrected metric to the operator’s value', () => {
    const { state } = foldAll([
      { id: '1', type: 'volunteer.mobilized', count: 4 },
      { id: '2', type: 'metric.corrected', metric: 'volunteers.mobilized', value: 3500, reason: '核对台账' },
    ]);
    expect(state.values['volunteers.mobilized']).toBe(3500);
  });

  it('masks phone and ID numbers in ticker summaries', () => {
    const { state } = foldAll([
      { id: '1', type: 'appeal.handled', town: '灵川镇', category: '其他', summary: '联系13912345678，身份证450321199001011234' },
    ]);
    expect(state.recent[0]?.summary).toBe('联系139****5678，身份证450321********1234');
  });

  it('keeps only the newest 50 ticker items', () => {
    const events: DomainEvent[] = Array.from({ length: 80 }, (_, i) => ({ id: `w${i}`, type: 'wish.fulfilled' }));
    const { state } = foldAll(events);
    expect(state.recent).toHaveLength(50);
    expect(state.recent[0]?.id).toBe('w79');
  });

  it('gives the same figures for the same events, every time', () => {
    const events: DomainEvent[] = [
      { id: '1', type: 'appeal.handled', town: '九屋镇', category: '矛盾纠纷' },
      { id: '2', type: 'org.activity', org: 'x', members: 1 },
    ];
    expect(foldAll(events).state.values).toEqual(foldAll(events).state.values);
  });
});
