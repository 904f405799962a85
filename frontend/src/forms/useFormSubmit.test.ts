import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/problem';
import { namedFieldsResolver } from './formErrors';
import { useFormSubmit } from './useFormSubmit';

const resolver = namedFieldsResolver(['code']);

describe('useFormSubmit', () => {
  it('shows the concurrent-change warning on 412 instead of field errors', async () => {
    const { result } = renderHook(() => useFormSubmit(resolver));
    await act(() =>
      result.current.run(async () => {
        throw new ApiProblem({ status: 412, title: 'Precondition Failed' });
      }),
    );
    expect(result.current.conflict).toBe(true);
    expect(result.current.errors.summary).toEqual([]);
  });

  it('maps a 400 to field errors', async () => {
    const { result } = renderHook(() => useFormSubmit(resolver));
    await act(() =>
      result.current.run(async () => {
        throw new ApiProblem({ status: 400, title: 'Bad', fieldProblems: [{ field: 'code', message: 'is taken' }] });
      }),
    );
    expect(result.current.conflict).toBe(false);
    expect(result.current.errors.byInputId).toEqual({ code: 'is taken' });
  });
});
