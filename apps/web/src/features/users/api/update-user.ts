import { type UpdateUserBody, UserSchema } from '@partrack/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { userKeys } from './user-keys';

export interface UpdateUserInput {
  id: string;
  body: UpdateUserBody;
}

/** Edits, disables or enables a user; the API ends their sessions when their access shrinks. */
export function updateUser({ id, body }: UpdateUserInput) {
  return apiRequest(UserSchema, `/api/v1/users/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}
